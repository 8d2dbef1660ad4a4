import path from 'node:path';
import { RunningAdapter } from '@interop/adapter-kit';
import { pascalCase, SourceName } from '@interop/contracts';

export type AdapterStarter = (
  env: NodeJS.ProcessEnv,
  options: { groupId?: string },
) => Promise<RunningAdapter>;

/**
 * A source's adapter, where the convention puts it: `start<Source>Adapter` of
 * `apps/<source>-adapter/src/<source>-adapter.bootstrap`, so that a new source's adapter runs
 * here with no edit. Each reads its upstream from UPSTREAM_URL.
 */
export function adapterStarter(source: SourceName): AdapterStarter {
  const file = path.resolve(
    __dirname,
    `../../apps/${source}-adapter/src/${source}-adapter.bootstrap`,
  );
  const name = `start${pascalCase(source)}Adapter`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const start = (require(file) as Record<string, unknown>)[name];
  if (typeof start !== 'function') throw new Error(`${file} does not export ${name}`);
  return start as AdapterStarter;
}

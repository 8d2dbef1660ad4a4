import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { renderAsyncApi } from '../asyncapi/render-asyncapi';
import { withComposeAdapters } from './compose.render';
import { principalsFile } from './kafka-principals.render';
import { latencyObjectivesFile } from './latency-objectives.render';
import { renderNestCli } from './nest-cli.render';
import { withPrometheusTargets } from './prometheus-targets.render';

/** A file of the repository that is computed from the source registry, never edited by hand. */
export interface DerivedFile {
  /** From the repository's root. */
  path: string;
  /** Its content, given the file as it is now (for files of which only a part is derived). */
  render: (current: string) => string | Promise<string>;
}

export const DERIVED_FILES: readonly DerivedFile[] = [
  { path: 'nest-cli.json', render: () => renderNestCli() },
  { path: 'scripts/kafka/principals.txt', render: () => principalsFile() },
  { path: 'docs/asyncapi.yaml', render: () => renderAsyncApi() },
  { path: 'config/prometheus/latency-objectives.yml', render: () => latencyObjectivesFile() },
  { path: 'config/prometheus/prometheus.yml', render: (current) => withPrometheusTargets(current) },
  { path: 'docker-compose.yml', render: (current) => withComposeAdapters(current) },
];

/** The files prettier formats (and `prettier --check` checks); the others are as rendered. */
const FORMATTED = /\.(json|ya?ml|md)$/;

/**
 * What `npm run derive` writes: the file's rendering as prettier formats it, so that
 * `prettier --check` passes whatever the sources' names make of the lines' lengths. Prettier's
 * CLI, not its API, which CommonJS can load only as an ES module.
 */
export async function derivedText(
  file: DerivedFile,
  current: string,
  root: string,
): Promise<string> {
  const rendered = await file.render(current);
  if (!FORMATTED.test(file.path)) return rendered;
  const prettier = path.join(root, 'node_modules/.bin/prettier');
  const child = promisify(execFile)(prettier, ['--stdin-filepath', file.path], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  child.child.stdin!.end(rendered);
  return (await child).stdout;
}

import path from 'node:path';
import { environmentPrefix, SOURCES } from '@interop/contracts';

const UPSTREAM = 'UPSTREAM_';

/** A simulated database's credentials, by its adapter's own UPSTREAM_* variable names. */
export type Credentials = Readonly<Record<string, string>>;

/**
 * The simulator's variable for an adapter's `UPSTREAM_<NAME>`: the source's prefix and the
 * rest of the name (`BUSINESS_REGISTRY_API_KEY` for business-registry's `UPSTREAM_API_KEY`).
 */
export function simulatorVariable(source: string, adapterVariable: string): string {
  if (!adapterVariable.startsWith(UPSTREAM)) {
    throw new Error(
      `${source}'s demo credential ${adapterVariable} is not named ${UPSTREAM}*: adapters read only those`,
    );
  }
  return `${environmentPrefix(source)}_${adapterVariable.slice(UPSTREAM.length)}`;
}

/**
 * The DEMO credentials `source`'s simulator module declares (`DEMO_CREDENTIALS` in
 * `<source>/<source>.credentials`), found where the generator puts a new source's.
 */
export function demoCredentialsOf(source: string): Credentials {
  const file = path.join(__dirname, '..', source, `${source}.credentials`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DEMO_CREDENTIALS } = require(file) as { DEMO_CREDENTIALS?: Credentials };
  if (!DEMO_CREDENTIALS) throw new Error(`${file} must export DEMO_CREDENTIALS`);
  return DEMO_CREDENTIALS;
}

/**
 * The credentials each simulated database accepts: the DEMO ones its module declares, each
 * replaced where the environment sets its simulator variable (`POPULATION_ACCESS_KEY`). Kept by
 * the adapters' UPSTREAM_* names, which is how `npm start`, compose and the tests pass them on
 * (adapters have no default credentials).
 */
export class SimulatedCredentials {
  private constructor(private readonly bySource: ReadonlyMap<string, Credentials>) {}

  static fromEnv(
    env: Readonly<Record<string, string | undefined>> = {},
    sources: readonly string[] = SOURCES,
  ): SimulatedCredentials {
    const accepted = (source: string): Credentials =>
      Object.fromEntries(
        Object.entries(demoCredentialsOf(source)).map(([variable, demo]) => [
          variable,
          env[simulatorVariable(source, variable)] || demo,
        ]),
      );
    return new SimulatedCredentials(new Map(sources.map((source) => [source, accepted(source)])));
  }

  /** What `source`'s database accepts, by its adapter's variable names. */
  accepted(source: string): Credentials {
    const credentials = this.bySource.get(source);
    if (!credentials) throw new Error(`the simulator has no credentials of ${source}`);
    return credentials;
  }
}

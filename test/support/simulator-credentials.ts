import { SourceName } from '@interop/contracts';
import { SimulatedCredentials } from '../../apps/upstream-simulator/src/config/simulated-credentials';

/**
 * The credentials a simulator started with `env` accepts (its DEMO ones by default), by the
 * adapter of `source`'s own UPSTREAM_* names.
 */
export function adapterCredentialsFor(
  source: SourceName,
  env: Readonly<Record<string, string | undefined>> = {},
): Record<string, string> {
  return { ...SimulatedCredentials.fromEnv(env, [source]).accepted(source) };
}

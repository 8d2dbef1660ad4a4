import path from 'node:path';
import { SimulatorConfig } from './config/simulator.config';

type DemoCredentials = (config?: SimulatorConfig) => Record<string, string>;

/**
 * The credentials a simulator started with `config` accepts for `source` (its defaults by
 * default), by the source's adapter's own UPSTREAM_* names, as the source's simulator module
 * declares them (`<source>/<source>.credentials`, `demoAdapterCredentials`). Adapters have no
 * default credentials: `npm start`, compose and the tests give them these, found where the
 * generator puts a new source's.
 */
export function demoAdapterCredentialsOf(
  source: string,
  config: SimulatorConfig = new SimulatorConfig(),
): Record<string, string> {
  const file = path.join(__dirname, source, `${source}.credentials`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { demoAdapterCredentials } = require(file) as { demoAdapterCredentials: DemoCredentials };
  return demoAdapterCredentials(config);
}

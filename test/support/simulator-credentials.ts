import path from 'node:path';
import { SourceName } from '@interop/contracts';
import { SimulatorConfig } from '../../apps/upstream-simulator/src/config/simulator.config';

const SIMULATOR_SOURCES = path.resolve(__dirname, '../../apps/upstream-simulator/src');

type DemoCredentials = (config?: SimulatorConfig) => Record<string, string>;

/**
 * The credentials a simulator started with `config` accepts (its defaults by default), by the
 * adapter of `source`'s own UPSTREAM_* names, as the source's simulator module declares them
 * (`<source>/<source>.credentials`, `demoAdapterCredentials`): adapters have no default
 * credentials, and a new source's are found where the generator put them.
 */
export function adapterCredentialsFor(
  source: SourceName,
  config: SimulatorConfig = new SimulatorConfig(),
): Record<string, string> {
  const file = path.join(SIMULATOR_SOURCES, source, `${source}.credentials`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { demoAdapterCredentials } = require(file) as { demoAdapterCredentials: DemoCredentials };
  return demoAdapterCredentials(config);
}

import { SourceName } from '@interop/contracts';
import { SimulatorConfig } from '../../apps/upstream-simulator/src/config/simulator.config';
import { demoAdapterCredentialsOf } from '../../apps/upstream-simulator/src/demo-credentials';

/**
 * The credentials a simulator started with `config` accepts (its defaults by default), by the
 * adapter of `source`'s own UPSTREAM_* names (`demoAdapterCredentialsOf`).
 */
export function adapterCredentialsFor(
  source: SourceName,
  config: SimulatorConfig = new SimulatorConfig(),
): Record<string, string> {
  return demoAdapterCredentialsOf(source, config);
}

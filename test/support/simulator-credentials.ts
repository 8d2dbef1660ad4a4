import { SourceName } from '@interop/contracts';
import {
  SimulatorConfig,
  simulatorCredentials,
} from '../../apps/upstream-simulator/src/config/simulator.config';

/**
 * The credentials a simulator started with `config` accepts (its defaults by default), as the
 * adapter of `source` takes them: its own UPSTREAM_* variables. Adapters have no default
 * credentials, and the simulator keeps its own names, so the one is mapped to the other here.
 */
export function adapterCredentialsFor(
  source: SourceName,
  config: SimulatorConfig = new SimulatorConfig(),
): NodeJS.ProcessEnv {
  const simulator = simulatorCredentials(config);
  const bySource: Record<SourceName, NodeJS.ProcessEnv> = {
    population: {
      UPSTREAM_ACCESS_KEY: simulator.POPULATION_ACCESS_KEY,
      UPSTREAM_SECRET_KEY: simulator.POPULATION_SECRET_KEY,
    },
    'civil-status': {
      UPSTREAM_CLIENT_ID: simulator.CIVIL_STATUS_CLIENT_ID,
      UPSTREAM_CLIENT_SECRET: simulator.CIVIL_STATUS_CLIENT_SECRET,
    },
    'business-registry': { UPSTREAM_API_KEY: simulator.BUSINESS_REGISTRY_API_KEY },
  };
  return bySource[source];
}

import { SimulatorConfig } from '../config/simulator.config';

/**
 * The access key and secret a simulator started with `config` accepts (the DEMO ones by
 * default), by the adapter's own variable names: `npm start`, compose and the tests give them to
 * the adapter explicitly (adapters have no default credentials).
 */
export function demoAdapterCredentials(
  config: SimulatorConfig = new SimulatorConfig(),
): Record<string, string> {
  return {
    UPSTREAM_ACCESS_KEY: config.POPULATION_ACCESS_KEY,
    UPSTREAM_SECRET_KEY: config.POPULATION_SECRET_KEY,
  };
}

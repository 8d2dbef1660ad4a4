import { SimulatorConfig } from '../config/simulator.config';

/**
 * The API key a simulator started with `config` accepts (the DEMO one by default), by the
 * adapter's own variable name: `npm start`, compose and the tests give it to the adapter
 * explicitly (adapters have no default credentials).
 */
export function demoAdapterCredentials(
  config: SimulatorConfig = new SimulatorConfig(),
): Record<string, string> {
  return { UPSTREAM_API_KEY: config.BUSINESS_REGISTRY_API_KEY };
}

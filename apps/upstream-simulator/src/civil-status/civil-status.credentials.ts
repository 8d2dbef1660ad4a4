import { SimulatorConfig } from '../config/simulator.config';

/**
 * The OAuth2 client a simulator started with `config` accepts (the DEMO one by default), by the
 * adapter's own variable names: `npm start`, compose and the tests give it to the adapter
 * explicitly (adapters have no default credentials).
 */
export function demoAdapterCredentials(
  config: SimulatorConfig = new SimulatorConfig(),
): Record<string, string> {
  return {
    UPSTREAM_CLIENT_ID: config.CIVIL_STATUS_CLIENT_ID,
    UPSTREAM_CLIENT_SECRET: config.CIVIL_STATUS_CLIENT_SECRET,
  };
}

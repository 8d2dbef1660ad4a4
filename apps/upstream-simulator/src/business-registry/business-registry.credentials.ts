/**
 * The DEMO API key of the simulated business registry, published on purpose, by the adapter's
 * own variable name. The simulator accepts it unless `BUSINESS_REGISTRY_API_KEY` says otherwise
 * (`SimulatedCredentials`).
 */
export const DEMO_CREDENTIALS = { UPSTREAM_API_KEY: 'dev-business-registry-key' };

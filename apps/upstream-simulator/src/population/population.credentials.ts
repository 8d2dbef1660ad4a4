/**
 * The DEMO access key and secret of the simulated population database, published on purpose,
 * by the adapter's own variable names. The simulator accepts them unless `POPULATION_ACCESS_KEY`
 * and `POPULATION_SECRET_KEY` say otherwise (`SimulatedCredentials`).
 */
export const DEMO_CREDENTIALS = {
  UPSTREAM_ACCESS_KEY: 'dev-access-key',
  UPSTREAM_SECRET_KEY: 'dev-secret-key',
};

/**
 * The DEMO OAuth2 client of the simulated civil-status database, published on purpose, by the
 * adapter's own variable names. The simulator accepts it unless `CIVIL_STATUS_CLIENT_ID` and
 * `CIVIL_STATUS_CLIENT_SECRET` say otherwise (`SimulatedCredentials`).
 */
export const DEMO_CREDENTIALS = {
  UPSTREAM_CLIENT_ID: 'dev-civil-status-client',
  UPSTREAM_CLIENT_SECRET: 'dev-civil-status-secret',
};

import { SOURCES } from '@interop/contracts';
import {
  demoCredentialsOf,
  SimulatedCredentials,
  simulatorVariable,
} from './simulated-credentials';

describe('SimulatedCredentials', () => {
  it("names the simulator's variable after the source and the rest of the adapter's", () => {
    expect(simulatorVariable('business-registry', 'UPSTREAM_API_KEY')).toBe(
      'BUSINESS_REGISTRY_API_KEY',
    );
    expect(simulatorVariable('population', 'UPSTREAM_ACCESS_KEY')).toBe('POPULATION_ACCESS_KEY');
  });

  it('refuses a credential an adapter would not read', () => {
    expect(() => simulatorVariable('population', 'API_KEY')).toThrow(
      /API_KEY is not named UPSTREAM_\*/,
    );
  });

  it("reads every source's DEMO credentials from its simulator module, by UPSTREAM_* names", () => {
    for (const source of SOURCES) {
      const demo = demoCredentialsOf(source);
      expect(Object.keys(demo).length).toBeGreaterThan(0);
      expect(Object.keys(demo).every((name) => name.startsWith('UPSTREAM_'))).toBe(true);
    }
  });

  it("takes a source's own variable over its DEMO value, and only that source's", () => {
    const credentials = SimulatedCredentials.fromEnv({
      BUSINESS_REGISTRY_API_KEY: 'province-key',
      CIVIL_STATUS_CLIENT_SECRET: '',
    });
    expect(credentials.accepted('business-registry')).toEqual({ UPSTREAM_API_KEY: 'province-key' });
    // An empty variable is not set, as for every setting.
    expect(credentials.accepted('civil-status')).toEqual(demoCredentialsOf('civil-status'));
    expect(credentials.accepted('population')).toEqual(demoCredentialsOf('population'));
  });

  it('names a source it has no credentials of', () => {
    expect(() => SimulatedCredentials.fromEnv({}, ['population']).accepted('civil-status')).toThrow(
      'the simulator has no credentials of civil-status',
    );
  });
});

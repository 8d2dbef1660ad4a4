import { ConfigError, loadConfig } from '@interop/platform';
import { PopulationConfig } from './population.config';

const AUDIT_SUBJECT_KEY = 'k'.repeat(64);
const CREDENTIALS = { UPSTREAM_ACCESS_KEY: 'issued', UPSTREAM_SECRET_KEY: 'secret' };

describe('PopulationConfig', () => {
  it.each(Object.keys(CREDENTIALS))(
    'has no default for %s: without it the adapter does not start',
    (variable) => {
      const env = { AUDIT_SUBJECT_KEY, ...CREDENTIALS, [variable]: undefined };
      expect(() => loadConfig(PopulationConfig, env)).toThrow(ConfigError);
      expect(() => loadConfig(PopulationConfig, env)).toThrow(variable);
    },
  );

  it('starts with both, calling the local simulator unless UPSTREAM_URL says otherwise', () => {
    expect(loadConfig(PopulationConfig, { AUDIT_SUBJECT_KEY, ...CREDENTIALS })).toMatchObject({
      ...CREDENTIALS,
      UPSTREAM_URL: 'http://127.0.0.1:4000',
    });
    const env = { AUDIT_SUBJECT_KEY, ...CREDENTIALS, UPSTREAM_URL: 'https://dancu.example' };
    expect(loadConfig(PopulationConfig, env).UPSTREAM_URL).toBe('https://dancu.example');
  });
});

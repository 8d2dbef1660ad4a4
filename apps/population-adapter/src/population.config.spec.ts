import { ConfigError, loadConfig } from '@interop/platform';
import { PopulationConfig } from './population.config';

const AUDIT_SUBJECT_KEY = 'k'.repeat(64);
const CREDENTIALS = { POPULATION_ACCESS_KEY: 'issued', POPULATION_SECRET_KEY: 'secret' };

describe('PopulationConfig', () => {
  it.each(Object.keys(CREDENTIALS))(
    'has no default for %s: without it the adapter does not start',
    (variable) => {
      const env = { AUDIT_SUBJECT_KEY, ...CREDENTIALS, [variable]: undefined };
      expect(() => loadConfig(PopulationConfig, env)).toThrow(ConfigError);
      expect(() => loadConfig(PopulationConfig, env)).toThrow(variable);
    },
  );

  it('starts with both', () => {
    expect(loadConfig(PopulationConfig, { AUDIT_SUBJECT_KEY, ...CREDENTIALS })).toMatchObject(
      CREDENTIALS,
    );
  });
});

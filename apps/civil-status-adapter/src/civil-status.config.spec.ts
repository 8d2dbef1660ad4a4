import { ConfigError, loadConfig } from '@interop/platform';
import { CivilStatusConfig } from './civil-status.config';

const AUDIT_SUBJECT_KEY = 'k'.repeat(64);
const CREDENTIALS = { UPSTREAM_CLIENT_ID: 'issued', UPSTREAM_CLIENT_SECRET: 'secret' };

describe('CivilStatusConfig', () => {
  it.each(Object.keys(CREDENTIALS))(
    'has no default for %s: without it the adapter does not start',
    (variable) => {
      const env = { AUDIT_SUBJECT_KEY, ...CREDENTIALS, [variable]: undefined };
      expect(() => loadConfig(CivilStatusConfig, env)).toThrow(ConfigError);
      expect(() => loadConfig(CivilStatusConfig, env)).toThrow(variable);
    },
  );

  it('starts with both, calling the local simulator unless UPSTREAM_URL says otherwise', () => {
    expect(loadConfig(CivilStatusConfig, { AUDIT_SUBJECT_KEY, ...CREDENTIALS })).toMatchObject({
      ...CREDENTIALS,
      UPSTREAM_URL: 'http://127.0.0.1:4000',
    });
    const env = { AUDIT_SUBJECT_KEY, ...CREDENTIALS, UPSTREAM_URL: 'https://hotich.example' };
    expect(loadConfig(CivilStatusConfig, env).UPSTREAM_URL).toBe('https://hotich.example');
  });
});

import { ConfigError, loadConfig } from '@interop/platform';
import { CivilStatusConfig } from './civil-status.config';

const AUDIT_SUBJECT_KEY = 'k'.repeat(64);
const CREDENTIALS = { CIVIL_STATUS_CLIENT_ID: 'issued', CIVIL_STATUS_CLIENT_SECRET: 'secret' };

describe('CivilStatusConfig', () => {
  it.each(Object.keys(CREDENTIALS))(
    'has no default for %s: without it the adapter does not start',
    (variable) => {
      const env = { AUDIT_SUBJECT_KEY, ...CREDENTIALS, [variable]: undefined };
      expect(() => loadConfig(CivilStatusConfig, env)).toThrow(ConfigError);
      expect(() => loadConfig(CivilStatusConfig, env)).toThrow(variable);
    },
  );

  it('starts with both', () => {
    expect(loadConfig(CivilStatusConfig, { AUDIT_SUBJECT_KEY, ...CREDENTIALS })).toMatchObject(
      CREDENTIALS,
    );
  });
});

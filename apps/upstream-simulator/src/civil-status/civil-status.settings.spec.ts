import { ConfigError } from '@interop/platform';
import { loadSimulatorConfig } from '../config/simulator.config';
import { CivilStatusSettings } from './civil-status.settings';

describe('CivilStatusSettings', () => {
  const settings = (env: Record<string, string>) =>
    loadSimulatorConfig(env).settingsOf(CivilStatusSettings);

  it('gives access tokens an hour unless the environment says otherwise', () => {
    expect(settings({}).CIVIL_STATUS_TOKEN_TTL_SECONDS).toBe(3600);
    expect(settings({ CIVIL_STATUS_TOKEN_TTL_SECONDS: '30' }).CIVIL_STATUS_TOKEN_TTL_SECONDS).toBe(
      30,
    );
  });

  it.each(['0', '86401', 'soon'])('refuses a lifetime of %p, naming the variable', (value) => {
    expect(() => settings({ CIVIL_STATUS_TOKEN_TTL_SECONDS: value })).toThrow(ConfigError);
    expect(() => settings({ CIVIL_STATUS_TOKEN_TTL_SECONDS: value })).toThrow(
      'CIVIL_STATUS_TOKEN_TTL_SECONDS',
    );
  });
});

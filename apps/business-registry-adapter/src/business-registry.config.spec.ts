import { ConfigError, loadConfig } from '@interop/platform';
import { BusinessRegistryConfig } from './business-registry.config';

const AUDIT_SUBJECT_KEY = 'k'.repeat(64);
const UPSTREAM_API_KEY = 'issued-key';

describe('BusinessRegistryConfig', () => {
  it('defaults to the local simulator, but takes its API key only from the environment', () => {
    const config = loadConfig(BusinessRegistryConfig, { AUDIT_SUBJECT_KEY, UPSTREAM_API_KEY });
    expect(config).toMatchObject({ UPSTREAM_URL: 'http://127.0.0.1:4000', UPSTREAM_API_KEY });
  });

  it('refuses to start without its API key, naming the variable', () => {
    const load = () => loadConfig(BusinessRegistryConfig, { AUDIT_SUBJECT_KEY });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow('UPSTREAM_API_KEY');
  });

  it('fails fast on a URL that is not one, naming the variable', () => {
    const load = () =>
      loadConfig(BusinessRegistryConfig, {
        AUDIT_SUBJECT_KEY,
        UPSTREAM_API_KEY,
        UPSTREAM_URL: 'registry:4000',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow('UPSTREAM_URL');
  });
});

import { ConfigError, loadConfig } from '@interop/platform';
import { BusinessRegistryConfig } from './business-registry.config';

const AUDIT_SUBJECT_KEY = 'k'.repeat(64);

describe('BusinessRegistryConfig', () => {
  it('defaults to the local simulator, but takes its API key only from the environment', () => {
    const config = loadConfig(BusinessRegistryConfig, {
      AUDIT_SUBJECT_KEY,
      BUSINESS_REGISTRY_API_KEY: 'issued-key',
    });
    expect(config).toMatchObject({
      BUSINESS_REGISTRY_UPSTREAM_URL: 'http://127.0.0.1:4000',
      BUSINESS_REGISTRY_API_KEY: 'issued-key',
    });
  });

  it('refuses to start without its API key, naming the variable', () => {
    const load = () => loadConfig(BusinessRegistryConfig, { AUDIT_SUBJECT_KEY });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow('BUSINESS_REGISTRY_API_KEY');
  });

  it('fails fast on a URL that is not one, naming the variable', () => {
    const load = () =>
      loadConfig(BusinessRegistryConfig, {
        AUDIT_SUBJECT_KEY,
        BUSINESS_REGISTRY_API_KEY: 'issued-key',
        BUSINESS_REGISTRY_UPSTREAM_URL: 'registry:4000',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow('BUSINESS_REGISTRY_UPSTREAM_URL');
  });
});

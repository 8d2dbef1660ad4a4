import { ConfigError, loadConfig } from '@interop/platform';
import { BusinessRegistryConfig } from './business-registry.config';

const AUDIT_SUBJECT_KEY = 'k'.repeat(64);

describe('BusinessRegistryConfig', () => {
  it('defaults to the local simulator and its development key', () => {
    expect(loadConfig(BusinessRegistryConfig, { AUDIT_SUBJECT_KEY })).toMatchObject({
      BUSINESS_REGISTRY_UPSTREAM_URL: 'http://127.0.0.1:4000',
      BUSINESS_REGISTRY_API_KEY: 'dev-business-registry-key',
    });
  });

  it('fails fast on a URL that is not one, naming the variable', () => {
    const load = () =>
      loadConfig(BusinessRegistryConfig, {
        AUDIT_SUBJECT_KEY,
        BUSINESS_REGISTRY_UPSTREAM_URL: 'registry:4000',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow('BUSINESS_REGISTRY_UPSTREAM_URL');
  });
});

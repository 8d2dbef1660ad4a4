import { ConfigError, loadConfig } from '@interop/platform';
import { GatewayConfig } from './gateway.config';

const AUDIT_SUBJECT_KEY = 'k'.repeat(64);

describe('GatewayConfig', () => {
  it('declares a default for every variable but the audit subject key', () => {
    const config = loadConfig(GatewayConfig, { AUDIT_SUBJECT_KEY });
    expect(config).toMatchObject({
      GATEWAY_PORT: 3000,
      GATEWAY_HOST: '127.0.0.1',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      REQUEST_DEADLINE_MS: 5000,
      HEALTH_PROBE_INTERVAL_MS: 5000,
      HEALTH_STALE_AFTER_MS: 30_000,
      HEALTH_CACHE_OK_MS: 2000,
      HEALTH_CACHE_FAILURE_MS: 30_000,
      HEALTH_ERROR_RATE_THRESHOLD: 0.05,
      HEALTH_HISTORY_MS: 900_000,
      MAINTENANCE_RETRY_AFTER_S: 300,
      KAFKA_GROUP_ID: 'interop-gateway',
      LOG_LEVEL: 'log',
      AUDIT_TRAIL: 'on',
      AUDIT_TOPIC: 'interop.audit',
    });
  });

  it('takes a share for the error-rate threshold, and refuses one above 1', () => {
    const env = { AUDIT_SUBJECT_KEY, HEALTH_ERROR_RATE_THRESHOLD: '0.2' };
    expect(loadConfig(GatewayConfig, env).HEALTH_ERROR_RATE_THRESHOLD).toBe(0.2);
    expect(() =>
      loadConfig(GatewayConfig, { AUDIT_SUBJECT_KEY, HEALTH_ERROR_RATE_THRESHOLD: '5' }),
    ).toThrow(/HEALTH_ERROR_RATE_THRESHOLD/);
  });

  it('has no default audit subject key: it names the variable', () => {
    expect(() => loadConfig(GatewayConfig, {})).toThrow(/AUDIT_SUBJECT_KEY/);
    expect(() => loadConfig(GatewayConfig, { AUDIT_SUBJECT_KEY: 'short' })).toThrow(
      /AUDIT_SUBJECT_KEY/,
    );
  });

  it('lets the audit trail be switched off outside production only', () => {
    const off = { AUDIT_SUBJECT_KEY, AUDIT_TRAIL: 'off' };
    expect(loadConfig(GatewayConfig, off).AUDIT_TRAIL).toBe('off');
    expect(() =>
      loadConfig(GatewayConfig, { ...off, NODE_ENV: 'production', ACCESS_POLICY_FILE: 'p.yaml' }),
    ).toThrow(/AUDIT_TRAIL/);
    expect(() => loadConfig(GatewayConfig, { AUDIT_SUBJECT_KEY, AUDIT_TRAIL: 'no' })).toThrow(
      /AUDIT_TRAIL/,
    );
  });

  it('reads numbers from the environment', () => {
    const config = loadConfig(GatewayConfig, {
      AUDIT_SUBJECT_KEY,
      GATEWAY_PORT: '0',
      REQUEST_DEADLINE_MS: '1500',
    });
    expect(config.GATEWAY_PORT).toBe(0);
    expect(config.REQUEST_DEADLINE_MS).toBe(1500);
  });

  it('fails naming the bad variable', () => {
    expect(() =>
      loadConfig(GatewayConfig, { AUDIT_SUBJECT_KEY, REQUEST_DEADLINE_MS: 'soon' }),
    ).toThrow(ConfigError);
    expect(() => loadConfig(GatewayConfig, { AUDIT_SUBJECT_KEY, LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL \(got "loud"\)/,
    );
  });
});

import { ConfigError, loadConfig } from '@interop/platform';
import { AdapterConfig } from './adapter.config';

/** The one setting without a default. */
const AUDIT_SUBJECT_KEY = 'k'.repeat(64);

describe('AdapterConfig', () => {
  it('declares a default for every setting but the audit subject key', () => {
    expect({ ...loadConfig(AdapterConfig, { AUDIT_SUBJECT_KEY }) }).toEqual({
      AUDIT_SUBJECT_KEY,
      NODE_ENV: 'development',
      AUDIT_TRAIL: 'on',
      AUDIT_TIMEOUT_MS: 2000,
      AUDIT_TOPIC: 'interop.audit',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      KAFKA_SSL: false,
      KAFKA_SSL_REJECT_UNAUTHORIZED: true,
      UPSTREAM_URL: 'http://127.0.0.1:4000',
      UPSTREAM_TIMEOUT_MS: 2000,
      UPSTREAM_RETRY_ATTEMPTS: 2,
      UPSTREAM_RETRY_BASE_MS: 100,
      CIRCUIT_ERROR_THRESHOLD_PERCENT: 50,
      CIRCUIT_VOLUME_THRESHOLD: 10,
      CIRCUIT_RESET_MS: 10000,
      UPSTREAM_MAX_IN_FLIGHT: 200,
      UPSTREAM_MAX_WAITING: 200,
      KAFKA_PARTITIONS_CONCURRENCY: 6,
      KAFKA_MAX_IN_FLIGHT_MESSAGES: 200,
      KAFKA_COMMIT_INTERVAL_MS: 100,
      KAFKA_DRAIN_TIMEOUT_MS: 10_000,
      REPLY_TOPIC_PREFIXES: ['interop.gateway.'],
      METRICS_PORT: 0,
      METRICS_HOST: '127.0.0.1',
      LOG_LEVEL: 'log',
    });
  });

  it('refuses to start without a subject key, or with the trail off in production', () => {
    expect(() => loadConfig(AdapterConfig, {})).toThrow(/AUDIT_SUBJECT_KEY/);
    expect(() => loadConfig(AdapterConfig, { AUDIT_SUBJECT_KEY: 'short' })).toThrow(
      /AUDIT_SUBJECT_KEY/,
    );
    const off = { AUDIT_SUBJECT_KEY, AUDIT_TRAIL: 'off' };
    expect(loadConfig(AdapterConfig, off).AUDIT_TRAIL).toBe('off');
    expect(() => loadConfig(AdapterConfig, { ...off, NODE_ENV: 'production' })).toThrow(
      /AUDIT_TRAIL/,
    );
  });

  it('reads the reply-topic prefixes as a list', () => {
    const config = loadConfig(AdapterConfig, {
      AUDIT_SUBJECT_KEY,
      REPLY_TOPIC_PREFIXES: 'interop.gateway., conformance.run-1.',
    });
    expect(config.REPLY_TOPIC_PREFIXES).toEqual(['interop.gateway.', 'conformance.run-1.']);
  });

  it('reads numbers and the log level from the environment', () => {
    const config = loadConfig(AdapterConfig, {
      AUDIT_SUBJECT_KEY,
      UPSTREAM_TIMEOUT_MS: '750',
      LOG_LEVEL: 'debug',
    });
    expect(config.UPSTREAM_TIMEOUT_MS).toBe(750);
    expect(config.LOG_LEVEL).toBe('debug');
  });

  it.each([
    ['UPSTREAM_URL', 'registry:4000'],
    ['UPSTREAM_TIMEOUT_MS', 'fast'],
    ['UPSTREAM_RETRY_ATTEMPTS', '-1'],
    ['CIRCUIT_ERROR_THRESHOLD_PERCENT', '150'],
    ['KAFKA_PARTITIONS_CONCURRENCY', '0'],
    ['KAFKA_MAX_IN_FLIGHT_MESSAGES', '0'],
    ['LOG_LEVEL', 'loud'],
    ['REPLY_TOPIC_PREFIXES', 'interop gateway'],
  ])('fails at boot naming %s when it is %p', (variable, value) => {
    expect(() => loadConfig(AdapterConfig, { AUDIT_SUBJECT_KEY, [variable]: value })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig(AdapterConfig, { AUDIT_SUBJECT_KEY, [variable]: value })).toThrow(
      `${variable} (got`,
    );
  });
});

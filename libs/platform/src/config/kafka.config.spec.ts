import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KafkaConfig } from './kafka.config';
import { ConfigError, loadConfig } from './load-config';

const dir = mkdtempSync(path.join(tmpdir(), 'kafka-config-'));
const file = (name: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, 'content\n');
  return at;
};
const PASSWORD_FILE = file('gateway.password');
const CA_FILE = file('ca.pem');

const SCRAM = { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'gateway' };

function problems(env: Record<string, string>): string {
  try {
    loadConfig(KafkaConfig, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return '';
}

describe('KafkaConfig', () => {
  it('connects without SASL or TLS by default', () => {
    expect({ ...loadConfig(KafkaConfig, {}) }).toEqual({
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      KAFKA_SSL: false,
      KAFKA_SSL_REJECT_UNAUTHORIZED: true,
    });
  });

  it('reads SASL with a password file and TLS with a CA', () => {
    const config = loadConfig(KafkaConfig, {
      ...SCRAM,
      KAFKA_SASL_PASSWORD_FILE: PASSWORD_FILE,
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: CA_FILE,
      KAFKA_SSL_REJECT_UNAUTHORIZED: 'false',
    });
    expect(config).toMatchObject({
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'gateway',
      KAFKA_SASL_PASSWORD_FILE: PASSWORD_FILE,
      KAFKA_SSL: true,
      KAFKA_SSL_CA_FILE: CA_FILE,
      KAFKA_SSL_REJECT_UNAUTHORIZED: false,
    });
  });

  it.each([
    [{ KAFKA_SASL_MECHANISM: 'gssapi' }, 'KAFKA_SASL_MECHANISM (got "gssapi"): must be one of'],
    [{ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_PASSWORD: 'p' }, 'KAFKA_SASL_USERNAME (not set)'],
    [SCRAM, 'KAFKA_SASL_PASSWORD (not set): is required when KAFKA_SASL_MECHANISM is set'],
    [
      { ...SCRAM, KAFKA_SASL_PASSWORD: 'p', KAFKA_SASL_PASSWORD_FILE: PASSWORD_FILE },
      'KAFKA_SASL_PASSWORD_FILE (set): must not be set together with KAFKA_SASL_PASSWORD',
    ],
    [
      { ...SCRAM, KAFKA_SASL_PASSWORD_FILE: path.join(dir, 'missing') },
      'KAFKA_SASL_PASSWORD_FILE (set): must name a readable file',
    ],
    [
      { KAFKA_SASL_USERNAME: 'gateway' },
      'KAFKA_SASL_USERNAME (got "gateway"): is set, but KAFKA_SASL_MECHANISM is not',
    ],
    [{ KAFKA_SSL: 'yes' }, 'KAFKA_SSL (got "yes"): must be true or false'],
    [{ KAFKA_SSL_CA_FILE: CA_FILE }, 'KAFKA_SSL_CA_FILE (got'],
    [
      { KAFKA_SSL: 'true', KAFKA_SSL_CERT_FILE: CA_FILE },
      'KAFKA_SSL_KEY_FILE (not set): is required with KAFKA_SSL_CERT_FILE',
    ],
  ])('fails at boot on %p naming the variable', (env, expected) => {
    expect(problems(env)).toContain(expected);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KafkaConfig } from '../config/kafka.config';
import { loadConfig } from '../config/load-config';
import { kafkaConnection } from './kafka-connection';

const dir = mkdtempSync(path.join(tmpdir(), 'kafka-connection-'));
const passwordFile = path.join(dir, 'gateway.password');
const caFile = path.join(dir, 'ca.pem');
writeFileSync(passwordFile, 's3cret-from-file\n');
writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\n…\n');

const connectionOf = (env: Record<string, string>) => kafkaConnection(loadConfig(KafkaConfig, env));

describe('kafkaConnection', () => {
  it('gives the brokers only, when neither SASL nor TLS is configured', () => {
    expect(connectionOf({ KAFKA_BROKERS: 'a:9092,b:9092' })).toEqual({
      brokers: ['a:9092', 'b:9092'],
    });
  });

  it('authenticates with the password read from its file', () => {
    const connection = connectionOf({
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'gateway',
      KAFKA_SASL_PASSWORD_FILE: passwordFile,
    });
    expect(connection.sasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'gateway',
      password: 's3cret-from-file',
    });
    expect(connection.ssl).toBeUndefined();
  });

  it('trusts the configured CA over TLS', () => {
    const connection = connectionOf({
      KAFKA_SASL_MECHANISM: 'plain',
      KAFKA_SASL_USERNAME: 'gateway',
      KAFKA_SASL_PASSWORD: 'inline',
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: caFile,
    });
    expect(connection.sasl).toMatchObject({ mechanism: 'plain', password: 'inline' });
    expect(connection.ssl).toEqual({
      ca: '-----BEGIN CERTIFICATE-----\n…\n',
      cert: undefined,
      key: undefined,
      rejectUnauthorized: true,
    });
  });
});

import { principalKafkaEnv } from './principal-env';

const LAUNCHER = {
  KAFKA_BROKERS: '127.0.0.1:19092',
  KAFKA_SASL_MECHANISM: 'scram-sha-512',
  KAFKA_SASL_USERNAME: 'admin',
  KAFKA_SASL_PASSWORD: 'the-admin-password',
  KAFKA_CREDENTIALS_DIR: '/secrets/kafka',
  KAFKA_SSL: 'false',
  GATEWAY_PORT: '3000',
};

describe('principalKafkaEnv', () => {
  it("gives the principal's name and password file in place of the launcher's credentials", () => {
    expect(principalKafkaEnv('gateway', LAUNCHER)).toEqual(
      expect.objectContaining({
        KAFKA_BROKERS: '127.0.0.1:19092',
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'gateway',
        KAFKA_SASL_PASSWORD: undefined,
        KAFKA_SASL_PASSWORD_FILE: '/secrets/kafka/gateway.password',
        KAFKA_SSL: 'false',
      }),
    );
    expect(principalKafkaEnv('gateway', LAUNCHER)).not.toHaveProperty('GATEWAY_PORT');
  });

  it('passes no credentials to a cluster without SASL', () => {
    const env = principalKafkaEnv('gateway', { KAFKA_BROKERS: 'kafka:9092' });
    expect(env.KAFKA_SASL_USERNAME).toBeUndefined();
    expect(env.KAFKA_BROKERS).toBe('kafka:9092');
  });

  it('needs the credentials directory when the cluster wants SASL', () => {
    const withoutDir = { ...LAUNCHER, KAFKA_CREDENTIALS_DIR: undefined };
    expect(() => principalKafkaEnv('gateway', withoutDir)).toThrow('KAFKA_CREDENTIALS_DIR');
  });
});

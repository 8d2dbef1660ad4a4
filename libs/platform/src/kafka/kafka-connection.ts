import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { SASLOptions } from 'kafkajs';
import { KafkaConfig } from '../config/kafka.config';

/** The part of kafkajs's client options that says where the cluster is and how to reach it. */
export interface KafkaConnection {
  brokers: string[];
  sasl?: SASLOptions;
  ssl?: ConnectionOptions | boolean;
}

function saslOf(config: KafkaConfig): SASLOptions | undefined {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username = '' } = config;
  if (mechanism === undefined) return undefined;
  const password =
    config.KAFKA_SASL_PASSWORD ??
    readFileSync(config.KAFKA_SASL_PASSWORD_FILE ?? '', 'utf8').trim();
  return { mechanism, username, password };
}

function sslOf(config: KafkaConfig): ConnectionOptions | undefined {
  if (!config.KAFKA_SSL) return undefined;
  const read = (file?: string) => (file === undefined ? undefined : readFileSync(file, 'utf8'));
  return {
    ca: read(config.KAFKA_SSL_CA_FILE),
    cert: read(config.KAFKA_SSL_CERT_FILE),
    key: read(config.KAFKA_SSL_KEY_FILE),
    rejectUnauthorized: config.KAFKA_SSL_REJECT_UNAUTHORIZED,
  };
}

/**
 * How every Kafka client of the project connects: the one place that turns KafkaConfig (already
 * validated at boot) into kafkajs's `brokers`, `sasl` and `ssl`. Files are read here, at
 * connection time, so a rotated password is picked up by the next client built.
 */
export function kafkaConnection(config: KafkaConfig): KafkaConnection {
  const sasl = saslOf(config);
  const ssl = sslOf(config);
  return {
    brokers: config.KAFKA_BROKERS,
    ...(sasl && { sasl }),
    ...(ssl && { ssl }),
  };
}

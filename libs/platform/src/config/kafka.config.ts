import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { AllowedOnlyWhen, IsReadableFile, RequiredWhen } from './config-validators';
import { booleanFlag, commaSeparated } from './env-transforms';

const HOST_PORT = /^[^\s:,]+:\d{1,5}$/;

export const SASL_MECHANISMS = ['scram-sha-512', 'scram-sha-256', 'plain'] as const;

export type SaslMechanism = (typeof SASL_MECHANISMS)[number];

const withSasl = (config: KafkaConfig) => config.KAFKA_SASL_MECHANISM !== undefined;
const withSslOn = (config: KafkaConfig) => config.KAFKA_SSL === true;
const NEEDS_SASL = 'is set, but KAFKA_SASL_MECHANISM is not';
const NEEDS_SSL = 'is set, but KAFKA_SSL is not true';

/**
 * Kafka connection settings every app shares: where the cluster is, who the app is on it (SASL)
 * and how the connection is protected (TLS). `kafkaConnection()` turns them into kafkajs options.
 */
export class KafkaConfig {
  /** Comma-separated bootstrap servers. */
  @Transform(commaSeparated)
  @ArrayNotEmpty()
  @IsString({ each: true })
  @Matches(HOST_PORT, { each: true, message: 'each broker must be host:port' })
  KAFKA_BROKERS: string[] = ['127.0.0.1:9092'];

  /** SASL mechanism: scram-sha-512, scram-sha-256 or plain; unset connects without SASL. */
  @IsOptional()
  @IsIn(SASL_MECHANISMS, { message: `must be one of ${SASL_MECHANISMS.join(', ')}` })
  KAFKA_SASL_MECHANISM?: SaslMechanism;

  /** SASL user name: the app's principal on the cluster. */
  @RequiredWhen(withSasl, 'is required when KAFKA_SASL_MECHANISM is set')
  @AllowedOnlyWhen(withSasl, NEEDS_SASL)
  KAFKA_SASL_USERNAME?: string;

  /** SASL password; or KAFKA_SASL_PASSWORD_FILE, which keeps it out of the environment. */
  @RequiredWhen<KafkaConfig>(
    (config) => withSasl(config) && config.KAFKA_SASL_PASSWORD_FILE === undefined,
    'is required when KAFKA_SASL_MECHANISM is set (or KAFKA_SASL_PASSWORD_FILE)',
  )
  @AllowedOnlyWhen(withSasl, NEEDS_SASL)
  KAFKA_SASL_PASSWORD?: string;

  /** File whose content, surrounding whitespace aside, is the SASL password. */
  @AllowedOnlyWhen<KafkaConfig>(
    (config) => config.KAFKA_SASL_PASSWORD === undefined,
    'must not be set together with KAFKA_SASL_PASSWORD',
  )
  @AllowedOnlyWhen(withSasl, NEEDS_SASL)
  @IsReadableFile()
  KAFKA_SASL_PASSWORD_FILE?: string;

  /** Connect with TLS: true or false. */
  @Transform(booleanFlag)
  @IsBoolean({ message: 'must be true or false' })
  KAFKA_SSL: boolean = false;

  /** PEM file of the certificate authorities to trust instead of the system's. */
  @AllowedOnlyWhen(withSslOn, NEEDS_SSL)
  @IsReadableFile()
  KAFKA_SSL_CA_FILE?: string;

  /** PEM file of this client's certificate, for brokers that require client certificates. */
  @RequiredWhen<KafkaConfig>(
    (config) => config.KAFKA_SSL_KEY_FILE !== undefined,
    'is required with KAFKA_SSL_KEY_FILE',
  )
  @AllowedOnlyWhen(withSslOn, NEEDS_SSL)
  @IsReadableFile()
  KAFKA_SSL_CERT_FILE?: string;

  /** PEM file of the private key of KAFKA_SSL_CERT_FILE. */
  @RequiredWhen<KafkaConfig>(
    (config) => config.KAFKA_SSL_CERT_FILE !== undefined,
    'is required with KAFKA_SSL_CERT_FILE',
  )
  @AllowedOnlyWhen(withSslOn, NEEDS_SSL)
  @IsReadableFile()
  KAFKA_SSL_KEY_FILE?: string;

  /** Refuse a broker whose certificate is not trusted: true or false (false only for tests). */
  @Transform(booleanFlag)
  @IsBoolean({ message: 'must be true or false' })
  KAFKA_SSL_REJECT_UNAUTHORIZED: boolean = true;
}

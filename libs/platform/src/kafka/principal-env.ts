import path from 'node:path';

/** Where a principal's password is kept in a credentials directory (scripts/kafka writes them). */
function principalPasswordFile(credentialsDir: string, principal: string): string {
  return path.join(credentialsDir, `${principal}.password`);
}

/** The launcher's settings an app it starts inherits: the cluster and how to reach it. */
const INHERITED = [
  'KAFKA_BROKERS',
  'KAFKA_SASL_MECHANISM',
  'KAFKA_SSL',
  'KAFKA_SSL_CA_FILE',
  'KAFKA_SSL_CERT_FILE',
  'KAFKA_SSL_KEY_FILE',
  'KAFKA_SSL_REJECT_UNAUTHORIZED',
] as const;

/**
 * The Kafka variables of an app that a launcher (the e2e tests, the conformance suite, the
 * benchmark) starts as `principal`: the launcher's cluster and TLS settings, and instead of its
 * own credentials the principal's name and its password file in KAFKA_CREDENTIALS_DIR. Spread
 * over `process.env`, it also unsets the launcher's own password.
 */
export function principalKafkaEnv(
  principal: string,
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(INHERITED.map((name) => [name, env[name]]));
  const withoutCredentials = {
    ...inherited,
    KAFKA_SASL_USERNAME: undefined,
    KAFKA_SASL_PASSWORD: undefined,
    KAFKA_SASL_PASSWORD_FILE: undefined,
  };
  if (!env.KAFKA_SASL_MECHANISM) return withoutCredentials;
  const dir = env.KAFKA_CREDENTIALS_DIR;
  if (!dir) {
    throw new Error(
      `KAFKA_CREDENTIALS_DIR must name the directory of the principals' password files to start ${principal} with SASL`,
    );
  }
  return {
    ...withoutCredentials,
    KAFKA_SASL_USERNAME: principal,
    KAFKA_SASL_PASSWORD_FILE: principalPasswordFile(dir, principal),
  };
}

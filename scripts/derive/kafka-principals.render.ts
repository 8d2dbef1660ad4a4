import { kafkaPrincipals } from '@interop/contracts';

/**
 * scripts/kafka/principals.txt, the principals the local broker makes SCRAM credentials for:
 * the shell scripts cannot read libs/contracts, so they read this copy of its list.
 * `npm run derive` rewrites it; derived-files.spec.ts fails when it is stale.
 */
export function principalsFile(): string {
  return [
    '# Kafka principals that get SASL/SCRAM credentials on the local broker, one per line.',
    '# Written by `npm run derive` from kafkaPrincipals() in libs/contracts; a unit test fails',
    "# when the two differ. The broker's own principal is added by credentials.sh.",
    ...kafkaPrincipals(),
    '',
  ].join('\n');
}

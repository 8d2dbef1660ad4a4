import { KAFKA_CALLERS } from './kafka-callers';
import { SOURCES, SourceName } from './sources';

/**
 * Kafka principals (SASL user names): one per app, so that the broker can tell them apart and
 * grant each only what it needs. The admin creates topics and ACLs and runs test harnesses; no
 * app is given its credentials.
 */
export const ADMIN_PRINCIPAL = 'admin';

export const GATEWAY_PRINCIPAL = 'gateway';

export const AUDIT_LOG_PRINCIPAL = 'audit-log';

export function adapterPrincipal(source: SourceName): string {
  return `${source}-adapter`;
}

/** Every principal that needs credentials on the cluster, the admin first. */
export function kafkaPrincipals(): string[] {
  return [
    ADMIN_PRINCIPAL,
    GATEWAY_PRINCIPAL,
    ...SOURCES.map(adapterPrincipal),
    AUDIT_LOG_PRINCIPAL,
    ...KAFKA_CALLERS,
  ];
}

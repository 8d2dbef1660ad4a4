import { SourceName } from './sources';

/**
 * Consumer group ids, and the prefixes the broker's ACLs grant: a replica, or a test run, may use
 * any group id that starts with its app's prefix.
 */
export const GATEWAY_GROUP_ID = 'interop-gateway';

export const AUDIT_LOG_GROUP_ID = 'interop-audit-log';

/** The group an adapter's replicas share to split its request topic's partitions. */
export function adapterGroupId(source: SourceName): string {
  return `interop.${source}-adapter`;
}

/** A Kafka caller's groups start with its name. */
export function callerGroupIdPrefix(caller: string): string {
  return caller;
}

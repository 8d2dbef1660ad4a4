import { SourceName } from './sources';

/** Requests for a source: keyed by the subject's identifier, the operation travels in the message. */
export function requestTopic(source: SourceName): string {
  return `interop.${source}.requests`;
}

/** Where the gateway asks adapters of `source` to reply. Other requesters name their own. */
export function gatewayReplyTopic(source: SourceName): string {
  return `interop.gateway.${source}.replies`;
}

/** Messages that failed contract validation, kept with the reason for inspection. */
export function deadLetterTopic(source: SourceName): string {
  return `interop.${source}.requests.dlq`;
}

/** Audit events (value: `AuditEvent`), written by every app and appended by apps/audit-log. */
export const AUDIT_TOPIC = 'interop.audit';

/** Audit messages that failed contract validation, kept with the reason in `x-dead-letter-reason`. */
export const AUDIT_DEAD_LETTER_TOPIC = 'interop.audit.dlq';

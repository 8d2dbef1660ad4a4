import { SourceName } from './sources';

/** Every topic the gateway asks adapters to reply on starts with this; adapters answer no other by default. */
export const GATEWAY_REPLY_TOPIC_PREFIX = 'interop.gateway.';

/** Kafka callers' intake topics, which only the gateway consumes. */
export const INTAKE_TOPIC_PREFIX = 'interop.intake.';

/** Replies to Kafka callers, which only the gateway produces. */
export const CALLER_REPLY_TOPIC_PREFIX = 'interop.replies.';

/** Audit events, written by the gateway (and adapters) and read by the audit log. */
export const AUDIT_TOPIC = 'interop.audit';

/** Requests for a source: keyed by the subject's identifier, the operation travels in the message. */
export function requestTopic(source: SourceName): string {
  return `interop.${source}.requests`;
}

/** Where the gateway asks adapters of `source` to reply. Other requesters name their own. */
export function gatewayReplyTopic(source: SourceName): string {
  return `${GATEWAY_REPLY_TOPIC_PREFIX}${source}.replies`;
}

/** Messages that failed contract validation, kept with the reason for inspection. */
export function deadLetterTopic(source: SourceName): string {
  return `interop.${source}.requests.dlq`;
}

/** The topics a Kafka caller may write its requests to: only its own principal may. */
export function callerIntakeTopicPrefix(caller: string): string {
  return `${INTAKE_TOPIC_PREFIX}${caller}.`;
}

/** A Kafka caller's intake topic, consumed by the gateway, which applies the access policy. */
export function intakeTopic(caller: string): string {
  return `${callerIntakeTopicPrefix(caller)}requests`;
}

/** The reply topics a Kafka caller may name and read: `interop.replies.<caller>.<any>`. */
export function callerReplyTopicPrefix(caller: string): string {
  return `${CALLER_REPLY_TOPIC_PREFIX}${caller}.`;
}

/** One of a Kafka caller's reply topics, e.g. `interop.replies.dossier-core.checks`. */
export function callerReplyTopic(caller: string, name: string): string {
  return `${callerReplyTopicPrefix(caller)}${name}`;
}

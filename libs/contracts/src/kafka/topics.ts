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

/** A Kafka caller's intake: the gateway tells the caller by the topic, never by a header. */
export function intakeTopic(caller: string): string {
  return `${callerIntakeTopicPrefix(caller)}requests`;
}

/**
 * Every caller's intake, for the gateway's subscription. A Kafka caller's id has no dot, so that
 * no caller's topics fall under another's topic prefix (`…dossier-core.` never covers
 * `…dossier-core.x.`).
 */
export const INTAKE_TOPIC_PATTERN = /^interop\.intake\.[A-Za-z0-9_-]+\.requests$/;

/** The caller whose intake `topic` is, or undefined for any other topic. */
export function callerOfIntakeTopic(topic: string): string | undefined {
  if (!INTAKE_TOPIC_PATTERN.test(topic)) return undefined;
  return topic.slice(INTAKE_TOPIC_PREFIX.length, -'.requests'.length);
}

/** Intake requests the gateway could not read, kept with the reason. */
export const INTAKE_DEAD_LETTER_TOPIC = 'interop.intake.dlq';

/** The reply topics a Kafka caller may name and read: `interop.replies.<caller>.<any>`. */
export function callerReplyTopicPrefix(caller: string): string {
  return `${CALLER_REPLY_TOPIC_PREFIX}${caller}.`;
}

/** One of a Kafka caller's reply topics, e.g. `interop.replies.dossier-core.checks`. */
export function callerReplyTopic(caller: string, name: string): string {
  return `${callerReplyTopicPrefix(caller)}${name}`;
}

/** Audit messages that failed contract validation, kept with the reason in `x-dead-letter-reason`. */
export const AUDIT_DEAD_LETTER_TOPIC = 'interop.audit.dlq';

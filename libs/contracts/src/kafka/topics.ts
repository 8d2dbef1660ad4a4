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

/** Where Kafka callers send requests: one topic per caller, which only its principal may write. */
export const INTAKE_TOPIC_PREFIX = 'interop.intake.';
const INTAKE_SUFFIX = '.requests';

/** A Kafka caller's intake: the gateway tells the caller by the topic, never by a header. */
export function intakeTopic(caller: string): string {
  return `${INTAKE_TOPIC_PREFIX}${caller}${INTAKE_SUFFIX}`;
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
  return topic.slice(INTAKE_TOPIC_PREFIX.length, -INTAKE_SUFFIX.length);
}

/** Intake requests the gateway could not read, kept with the reason. */
export const INTAKE_DEAD_LETTER_TOPIC = 'interop.intake.dlq';

/** The reply topics a Kafka caller may name: only its own, which only its principal may read. */
export function callerReplyTopicPrefix(caller: string): string {
  return `interop.replies.${caller}.`;
}

import { KAFKA_CALLERS } from './kafka-callers';
import { SOURCES } from './sources';
import {
  AUDIT_DEAD_LETTER_TOPIC,
  AUDIT_TOPIC,
  callerReplyTopic,
  deadLetterTopic,
  gatewayReplyTopic,
  INTAKE_DEAD_LETTER_TOPIC,
  intakeTopic,
  requestTopic,
} from './topics';

export interface TopicSpec {
  topic: string;
  numPartitions: number;
}

/** Partition counts, overridable by environment. */
export const TOPIC_DEFAULTS = {
  /** KAFKA_REQUEST_PARTITIONS: the most adapter replicas that can share a source's requests. */
  requestPartitions: 6,
  /** KAFKA_REPLY_PARTITIONS: the most gateway replicas; each needs a reply partition of its own. */
  replyPartitions: 4,
} as const;

function positiveInt(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive integer, got "${text}"`);
  }
  return value;
}

/** Every topic the project uses, with explicit partition counts: brokers never auto-create. */
export function topicPlan(env: NodeJS.ProcessEnv = process.env): TopicSpec[] {
  const requests = positiveInt(
    env.KAFKA_REQUEST_PARTITIONS,
    TOPIC_DEFAULTS.requestPartitions,
    'KAFKA_REQUEST_PARTITIONS',
  );
  const replies = positiveInt(
    env.KAFKA_REPLY_PARTITIONS,
    TOPIC_DEFAULTS.replyPartitions,
    'KAFKA_REPLY_PARTITIONS',
  );
  const sources = SOURCES.flatMap((source) => [
    { topic: requestTopic(source), numPartitions: requests },
    { topic: gatewayReplyTopic(source), numPartitions: replies },
    { topic: deadLetterTopic(source), numPartitions: 1 },
  ]);
  return [
    ...sources,
    // Consumed by the gateway replicas, of which at most KAFKA_REPLY_PARTITIONS run: as many
    // partitions give each replica a share of a caller's requests. Each caller reads its replies
    // with one consumer, and may create more reply topics of its own under its prefix.
    ...KAFKA_CALLERS.flatMap((caller) => [
      { topic: intakeTopic(caller), numPartitions: replies },
      { topic: callerReplyTopic(caller, 'checks'), numPartitions: 1 },
    ]),
    { topic: INTAKE_DEAD_LETTER_TOPIC, numPartitions: 1 },
    // One partition is one total order: the audit log's hash chain follows the topic's order,
    // and a single consumer appends it. 5,000+ events/s fit one partition by far.
    { topic: AUDIT_TOPIC, numPartitions: 1 },
    { topic: AUDIT_DEAD_LETTER_TOPIC, numPartitions: 1 },
  ];
}

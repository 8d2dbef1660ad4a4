/**
 * Header names of the Kafka request/reply contract. The first three are those of NestJS's Kafka
 * transport, so a Nest ClientKafka and a plain Kafka client can both be requesters.
 */
export const KafkaHeader = {
  CorrelationId: 'kafka_correlationId',
  ReplyTopic: 'kafka_replyTopic',
  ReplyPartition: 'kafka_replyPartition',
  /** Set on a reply: tells a Nest ClientKafka that no further message follows for this id. */
  ReplyComplete: 'kafka_nest-is-disposed',
  Deadline: 'x-deadline',
  Requester: 'x-requester',
  OfficerId: 'x-officer-id',
  ProcedureCode: 'x-procedure-code',
  DossierId: 'x-dossier-id',
  TraceParent: 'traceparent',
} as const;

export type KafkaHeaderName = (typeof KafkaHeader)[keyof typeof KafkaHeader];

import { gatewayReplyTopic, SOURCES, SourceName, sourceDescriptor } from '@interop/contracts';

/** The sources of whose reply topic this replica owns no partition: it cannot hear them. */
export function sourcesWithoutReplyPartition(assignments: Record<string, number>): SourceName[] {
  return SOURCES.filter((source) => assignments[gatewayReplyTopic(source)] === undefined);
}

/**
 * Why this replica cannot take requests, if it cannot: replies come back to the lowest reply
 * partition the consumer group gave it, and a member beyond the partition count gets none.
 * Only a critical source counts; without a non-critical one the replica serves the others and
 * reports that connector DOWN.
 */
export function replyPartitionProblem(
  assignments: Record<string, number>,
  groupId: string,
): string | undefined {
  const missing = sourcesWithoutReplyPartition(assignments)
    .filter((source) => sourceDescriptor(source).critical)
    .map(gatewayReplyTopic);
  if (missing.length === 0) return undefined;
  return (
    `This gateway replica got no partition of ${missing.join(', ')} in consumer group "${groupId}". ` +
    'Each gateway replica needs a reply partition of its own: run at most as many replicas as ' +
    'reply partitions, or raise KAFKA_REPLY_PARTITIONS and rerun the topic set-up ' +
    '(npm run kafka:topics), which adds partitions.'
  );
}

import { gatewayReplyTopic, SOURCES } from '@interop/contracts';

/**
 * Why this replica cannot take requests, if it cannot: replies come back to the lowest reply
 * partition the consumer group gave it, and a member beyond the partition count gets none.
 */
export function replyPartitionProblem(
  assignments: Record<string, number>,
  groupId: string,
): string | undefined {
  const missing = SOURCES.map(gatewayReplyTopic).filter(
    (topic) => assignments[topic] === undefined,
  );
  if (missing.length === 0) return undefined;
  return (
    `This gateway replica got no partition of ${missing.join(', ')} in consumer group "${groupId}". ` +
    'Each gateway replica needs a reply partition of its own: run at most as many replicas as ' +
    'reply partitions, or raise KAFKA_REPLY_PARTITIONS and rerun the topic set-up ' +
    '(npm run kafka:topics), which adds partitions.'
  );
}

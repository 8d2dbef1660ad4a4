import { setTimeout as sleep } from 'node:timers/promises';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import {
  accessPlan,
  AUDIT_LOG_GROUP_ID,
  AUDIT_TOPIC,
  deadLetterTopic,
  gatewayReplyTopic,
  requestTopic,
  SOURCES,
  topicPlan,
} from '@interop/contracts';
import { KafkaConnection } from '@interop/platform';
import { ensureTopics } from '../../scripts/create-topics';
import { groupAtEnd } from '../../test/support/group-at-end';

/** The topics the benchmark's traffic goes through. */
const BENCH_TOPICS = SOURCES.flatMap((source) => [
  requestTopic(source),
  gatewayReplyTopic(source),
  deadLetterTopic(source),
]);

/** Requests and replies older than this are past every deadline the benchmark uses. */
const SETTLED_AFTER_MS = 10_000;

/** A new audit-log consumer group whose offsets are the ends of `interop.audit`: only new events. */
export function auditGroupAtEnd(connection: KafkaConnection): Promise<string> {
  const kafka = new Kafka({ clientId: 'interop-bench', ...connection, logLevel: logLevel.ERROR });
  return groupAtEnd(kafka, AUDIT_TOPIC, `${AUDIT_LOG_GROUP_ID}.bench-${randomUUID()}`);
}

export async function prepareTopics(connection: KafkaConnection): Promise<void> {
  await ensureTopics(connection, topicPlan(), { grants: accessPlan(), log: () => undefined });
}

/**
 * Deletes request and reply records older than SETTLED_AFTER_MS from the benchmark's topics.
 * Consumer groups that start from the beginning (every new test run's) would otherwise replay
 * hundreds of thousands of benchmark requests; records that old are answered or expired.
 * With `lastTrafficAt`, waits until the benchmark's own last requests are settled too. Answers
 * how many records went.
 */
export async function trimSettledRecords(
  connection: KafkaConnection,
  lastTrafficAt = 0,
): Promise<number> {
  await sleep(Math.max(0, lastTrafficAt + SETTLED_AFTER_MS + 1000 - Date.now()));
  const kafka = new Kafka({ clientId: 'interop-bench', ...connection, logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  await admin.connect();
  try {
    let removed = 0;
    for (const topic of BENCH_TOPICS) removed += await trimTopic(admin, topic);
    return removed;
  } finally {
    await admin.disconnect();
  }
}

async function trimTopic(admin: Admin, topic: string): Promise<number> {
  const before = await admin.fetchTopicOffsets(topic);
  // The first offset at or after the cut, or the end of a partition with nothing that recent.
  const partitions = await admin.fetchTopicOffsetsByTimestamp(topic, Date.now() - SETTLED_AFTER_MS);
  await admin.deleteTopicRecords({ topic, partitions });
  return partitions.reduce((sum, { partition, offset }) => {
    const low = Number(before.find((p) => p.partition === partition)?.low ?? offset);
    return sum + Math.max(0, Number(offset) - low);
  }, 0);
}

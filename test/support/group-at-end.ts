import { Admin, Kafka, KafkaJSError } from 'kafkajs';

const LEADERS_WAIT_MS = 15_000;

/**
 * The topic's end offsets. On a broker that has just made the topic, its partitions may have no
 * leader yet ("not the leader for that topic-partition"): asked again until they have one.
 */
async function endOffsets(admin: Admin, topic: string) {
  const deadline = Date.now() + LEADERS_WAIT_MS;
  for (;;) {
    try {
      return await admin.fetchTopicOffsets(topic);
    } catch (error) {
      const retriable = error instanceof KafkaJSError && error.retriable;
      if (!retriable || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Commits, for the new consumer group `groupId`, the current end of each partition of `topic`,
 * and answers the group: whoever consumes in it sees only what is produced from now on.
 */
export async function groupAtEnd(kafka: Kafka, topic: string, groupId: string): Promise<string> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    // Actual offsets: resetOffsets would commit "latest" as -1, which reads as no offset at all.
    const ends = await endOffsets(admin, topic);
    await admin.setOffsets({
      groupId,
      topic,
      partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
    });
  } finally {
    await admin.disconnect();
  }
  return groupId;
}

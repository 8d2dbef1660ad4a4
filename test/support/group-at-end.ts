import { Kafka } from 'kafkajs';

/**
 * Commits, for the new consumer group `groupId`, the current end of each partition of `topic`,
 * and answers the group: whoever consumes in it sees only what is produced from now on.
 */
export async function groupAtEnd(kafka: Kafka, topic: string, groupId: string): Promise<string> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    // Actual offsets: resetOffsets would commit "latest" as -1, which reads as no offset at all.
    const ends = await admin.fetchTopicOffsets(topic);
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

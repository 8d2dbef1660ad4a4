import { IsInt, Min } from 'class-validator';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { TopicSpec, topicPlan } from '@interop/contracts';
import { KafkaConfig, loadConfig } from '@interop/platform';

export interface EnsureTopicsOptions {
  /** Copies of each partition: 1 on a single local broker. */
  replicationFactor?: number;
  /** Where each action taken is reported. */
  log?: (line: string) => void;
}

class CreateTopicsConfig extends KafkaConfig {
  /** Copies of each partition of a newly created topic. */
  @IsInt()
  @Min(1)
  KAFKA_REPLICATION_FACTOR = 1;
}

/**
 * Makes the broker hold every planned topic with at least its planned partition count: creates
 * the missing ones and adds partitions to smaller ones. Never deletes or shrinks anything.
 */
export async function ensureTopics(
  brokers: string[],
  plan: TopicSpec[],
  options: EnsureTopicsOptions = {},
): Promise<void> {
  const { replicationFactor = 1, log = console.log } = options;
  const kafka = new Kafka({ clientId: 'interop-create-topics', brokers, logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = plan.filter(({ topic }) => !existing.has(topic));
    await createTopics(admin, missing, replicationFactor, log);
    await growPartitions(
      admin,
      plan.filter(({ topic }) => existing.has(topic)),
      log,
    );
  } finally {
    await admin.disconnect();
  }
}

async function createTopics(
  admin: Admin,
  specs: TopicSpec[],
  replicationFactor: number,
  log: (line: string) => void,
): Promise<void> {
  if (specs.length === 0) return;
  await admin.createTopics({
    topics: specs.map(({ topic, numPartitions }) => ({ topic, numPartitions, replicationFactor })),
    waitForLeaders: true,
  });
  specs.forEach(({ topic, numPartitions }) =>
    log(`created   ${topic} (${partitions(numPartitions)}, replication ${replicationFactor})`),
  );
}

async function growPartitions(
  admin: Admin,
  specs: TopicSpec[],
  log: (line: string) => void,
): Promise<void> {
  if (specs.length === 0) return;
  const { topics } = await admin.fetchTopicMetadata({ topics: specs.map(({ topic }) => topic) });
  const current = new Map(topics.map(({ name, partitions }) => [name, partitions.length]));
  for (const { topic, numPartitions } of specs) {
    const actual = current.get(topic) ?? 0;
    if (actual < numPartitions) {
      await admin.createPartitions({ topicPartitions: [{ topic, count: numPartitions }] });
      log(`increased ${topic} from ${actual} to ${partitions(numPartitions)}`);
    } else {
      log(`kept      ${topic} (${partitions(actual)}, planned ${numPartitions})`);
    }
  }
}

function partitions(count: number): string {
  return `${count} partition${count === 1 ? '' : 's'}`;
}

async function main(): Promise<void> {
  const config = loadConfig(CreateTopicsConfig);
  console.log(`Ensuring topics on ${config.KAFKA_BROKERS.join(',')}`);
  await ensureTopics(config.KAFKA_BROKERS, topicPlan(), {
    replicationFactor: config.KAFKA_REPLICATION_FACTOR,
  });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(
      `create-topics failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}

import { IsInt, Min } from 'class-validator';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { AclGrant, accessPlan, TopicSpec, topicPlan } from '@interop/contracts';
import {
  createAcls,
  KafkaConfig,
  KafkaConnection,
  kafkaConnection,
  loadConfig,
} from '@interop/platform';

export interface EnsureTopicsOptions {
  /** Copies of each partition: 1 on a single local broker. */
  replicationFactor?: number;
  /** ACLs to create with the topics (the access plan); the connection must be an admin's. */
  grants?: AclGrant[];
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
 * the missing ones and adds partitions to smaller ones; then adds the ACLs of `grants` it lacks.
 * Never deletes or shrinks anything: a grant dropped from the plan is revoked by hand.
 */
export async function ensureTopics(
  connection: KafkaConnection,
  plan: TopicSpec[],
  options: EnsureTopicsOptions = {},
): Promise<void> {
  const { replicationFactor = 1, grants = [], log = console.log } = options;
  const kafka = new Kafka({
    clientId: 'interop-create-topics',
    ...connection,
    logLevel: logLevel.ERROR,
  });
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
    await grant(admin, grants, log);
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

async function grant(admin: Admin, grants: AclGrant[], log: (line: string) => void): Promise<void> {
  await createAcls(admin, grants);
  const counts = new Map<string, number>();
  for (const { principal } of grants) counts.set(principal, (counts.get(principal) ?? 0) + 1);
  counts.forEach((count, principal) => log(`allowed   ${principal}: ${count} ACLs`));
}

function partitions(count: number): string {
  return `${count} partition${count === 1 ? '' : 's'}`;
}

async function main(): Promise<void> {
  const config = loadConfig(CreateTopicsConfig);
  console.log(`Ensuring topics on ${config.KAFKA_BROKERS.join(',')}`);
  await ensureTopics(kafkaConnection(config), topicPlan(), {
    replicationFactor: config.KAFKA_REPLICATION_FACTOR,
    grants: accessPlan(),
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

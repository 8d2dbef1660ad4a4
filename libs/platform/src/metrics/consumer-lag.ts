import type { Admin, Kafka } from 'kafkajs';
import { Gauge, Registry } from 'prom-client';

export interface PartitionEnd {
  partition: number;
  high: string;
  low: string;
}

export interface PartitionCommit {
  partition: number;
  offset: string;
}

export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  lag: number;
}

/** A consumer group and the topics whose lag it is watched for. */
export interface WatchedGroup {
  group: string;
  /** The topics, or undefined for every topic the group has committed offsets on. */
  topics?: string[];
}

/**
 * Per partition, messages produced and not yet consumed: the end offset minus the group's
 * committed offset, or minus the first retained offset where the group never committed.
 */
export function partitionLags(
  ends: PartitionEnd[],
  commits: PartitionCommit[],
): Map<number, number> {
  const committed = new Map(commits.map(({ partition, offset }) => [partition, Number(offset)]));
  return new Map(
    ends.map(({ partition, high, low }) => {
      const at = committed.get(partition) ?? -1;
      return [partition, Math.max(0, Number(high) - (at < 0 ? Number(low) : at))];
    }),
  );
}

/** The lag of one group on its topics, read through the admin client. */
export async function groupLag(admin: Admin, watched: WatchedGroup): Promise<PartitionLag[]> {
  const { group } = watched;
  const committed = await admin.fetchOffsets({ groupId: group, topics: watched.topics });
  const perTopic = await Promise.all(
    committed.map(async ({ topic, partitions }) => {
      const lags = partitionLags(await admin.fetchTopicOffsets(topic), partitions);
      return [...lags].map(([partition, lag]) => ({ group, topic, partition, lag }));
    }),
  );
  return perTopic.flat();
}

/**
 * `interop_kafka_consumer_lag_messages{group,topic,partition}`, read from the broker at each
 * scrape. A scrape that cannot reach the broker shows no lag series rather than stale ones.
 */
export function registerConsumerLag(
  registry: Registry,
  admin: () => Promise<Admin>,
  groups: () => WatchedGroup[],
  onError: (error: unknown) => void,
): void {
  new Gauge({
    name: 'interop_kafka_consumer_lag_messages',
    help: 'Messages in a partition not yet consumed by the group: end offset minus committed offset',
    labelNames: ['group', 'topic', 'partition'],
    registers: [registry],
    async collect() {
      this.reset();
      try {
        const client = await admin();
        const lags = await Promise.all(groups().map((watched) => groupLag(client, watched)));
        for (const { group, topic, partition, lag } of lags.flat())
          this.set({ group, topic, partition: String(partition) }, lag);
      } catch (error) {
        onError(error);
      }
    },
  });
}

/** An admin client connected at its first use, and again after a failed connection. */
export class LazyAdmin {
  private connected?: Promise<Admin>;

  constructor(private readonly kafka: Kafka) {}

  get(): Promise<Admin> {
    this.connected ??= this.connect();
    return this.connected;
  }

  async close(): Promise<void> {
    const connected = this.connected;
    this.connected = undefined;
    await (await connected?.catch(() => undefined))?.disconnect();
  }

  private async connect(): Promise<Admin> {
    // A scrape waits for it: one quick retry, not kafkajs's patient default.
    const admin = this.kafka.admin({ retry: { retries: 1 } });
    try {
      await admin.connect();
      return admin;
    } catch (error) {
      this.connected = undefined;
      throw error;
    }
  }
}

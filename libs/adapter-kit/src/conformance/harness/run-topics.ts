import { randomUUID } from 'node:crypto';
import { Admin, Kafka } from 'kafkajs';
import { KafkaNames } from '../../bootstrap/start-adapter';

/**
 * Topics and consumer groups of one suite run, so that runs never meet each other or the
 * deployed adapters. Created with the admin client: the brokers never auto-create topics.
 */
export class RunTopics {
  readonly replies: string;
  private readonly prefix: string;
  private readonly created: string[] = [];

  constructor(
    private readonly kafka: Kafka,
    label: string,
  ) {
    this.prefix = `conformance.${label}.${randomUUID().slice(0, 8)}`;
    this.replies = `${this.prefix}.replies`;
  }

  /** The names one adapter instance consumes and dead-letters with, distinct per `instance`. */
  adapterNames(instance: string): KafkaNames {
    return {
      requestTopic: `${this.prefix}.${instance}.requests`,
      deadLetterTopic: `${this.prefix}.${instance}.requests.dlq`,
      groupId: `${this.prefix}.${instance}`,
    };
  }

  /** The request and dead-letter topics of `names`, the reply topic too on the first call. */
  async create(names: KafkaNames): Promise<void> {
    const topics = [names.requestTopic, names.deadLetterTopic];
    if (!this.created.includes(this.replies)) topics.unshift(this.replies);
    await this.withAdmin((admin) =>
      admin.createTopics({
        topics: topics.map((topic) => ({ topic, numPartitions: 1 })),
        waitForLeaders: true,
      }),
    );
    this.created.push(...topics);
  }

  async deleteAll(): Promise<void> {
    if (this.created.length === 0) return;
    await this.withAdmin((admin) => admin.deleteTopics({ topics: this.created.splice(0) }));
  }

  private async withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }
}

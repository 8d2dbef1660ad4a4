import { randomUUID } from 'node:crypto';
import { AclGrant, adapterGrants, SourceName, unplannedGrants } from '@interop/contracts';
import { createAcls, deleteAcls } from '@interop/platform';
import { Admin, Kafka } from 'kafkajs';
import { KafkaNames } from '../../bootstrap/start-adapter';

/**
 * Topics and consumer groups of one suite run, so that runs never meet each other or the
 * deployed adapters, and the ACLs that let the adapter's own principal use them as it uses its
 * real ones. Created with the admin client: the brokers never auto-create topics.
 */
export class RunTopics {
  readonly replies: string;
  private readonly prefix: string;
  private readonly created: string[] = [];
  private readonly granted: AclGrant[] = [];

  constructor(
    private readonly kafka: Kafka,
    private readonly source: SourceName,
  ) {
    this.prefix = `conformance.${source}.${randomUUID().slice(0, 8)}`;
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
    const grants = unplannedGrants(
      adapterGrants(this.source, {
        requestTopic: names.requestTopic,
        deadLetterTopic: names.deadLetterTopic,
        groupIdPrefix: names.groupId,
        replyTopicPrefixes: [this.replies],
      }),
    );
    await this.withAdmin(async (admin) => {
      await admin.createTopics({
        topics: topics.map((topic) => ({ topic, numPartitions: 1 })),
        waitForLeaders: true,
      });
      await createAcls(admin, grants);
    });
    this.created.push(...topics);
    this.granted.push(...grants);
  }

  async deleteAll(): Promise<void> {
    if (this.created.length === 0) return;
    await this.withAdmin(async (admin) => {
      await admin.deleteTopics({ topics: this.created.splice(0) });
      await deleteAcls(admin, this.granted.splice(0));
    });
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

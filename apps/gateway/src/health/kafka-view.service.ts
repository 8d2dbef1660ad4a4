import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { gatewayReplyTopic, requestTopic, SourceName } from '@interop/contracts';
import { groupLag, LazyAdmin } from '@interop/platform';
import type { Admin, Kafka } from 'kafkajs';
import { firstValueFrom, from, timeout } from 'rxjs';
import { GatewayConfig } from '../config/gateway.config';
import { GatewayKafkaClient } from '../source-requester/gateway-kafka.client';
import { KafkaReachability } from '../source-requester/kafka-reachability.service';
import { ConsumerView, consumersOf, isAdapterGroup } from './consumer-groups';

/** What the gateway sees of Kafka at one moment. */
export interface KafkaObservation {
  at: number;
  reachable: boolean;
  /** Per source; absent when the adapters' groups could not be described. */
  consumers?: ReadonlyMap<SourceName, ConsumerView>;
  /** Why the consumers are unknown though Kafka answers. */
  problem?: string;
}

/** The requests on `source`'s topic the furthest-behind of its live groups has not consumed. */
async function lagOf(admin: Admin, source: SourceName, groups: string[]): Promise<number | null> {
  if (groups.length === 0) return null;
  const lags = await Promise.all(
    groups.map(async (group) => {
      const partitions = await groupLag(admin, { group, topics: [requestTopic(source)] });
      return partitions.reduce((sum, { lag }) => sum + lag, 0);
    }),
  );
  return Math.max(...lags);
}

/**
 * Kafka as the health model needs it: reachable or not, and who consumes each source's request
 * topic, with their lag, from the adapters' consumer groups (which the broker lets the gateway
 * describe, not join). Looked at once per HEALTH_CACHE_OK_MS at most, however many ask.
 */
@Injectable()
export class KafkaView implements OnModuleDestroy {
  private readonly logger = new Logger(KafkaView.name);
  private admin?: LazyAdmin;
  private cached?: KafkaObservation;
  private looking?: Promise<KafkaObservation>;

  constructor(
    private readonly client: GatewayKafkaClient,
    private readonly reachability: KafkaReachability,
    private readonly config: GatewayConfig,
  ) {}

  observe(): Promise<KafkaObservation> {
    if (this.cached && Date.now() - this.cached.at < this.config.HEALTH_CACHE_OK_MS) {
      return Promise.resolve(this.cached);
    }
    this.looking ??= this.look()
      .then((observation) => (this.cached = observation))
      .finally(() => (this.looking = undefined));
    return this.looking;
  }

  /** Whether this replica owns a partition of the source's reply topic: it hears its replies. */
  ownsReplyPartition(source: SourceName): boolean {
    return this.client.replyPartitions$.value?.[gatewayReplyTopic(source)] !== undefined;
  }

  async onModuleDestroy(): Promise<void> {
    await this.admin?.close();
  }

  private async look(): Promise<KafkaObservation> {
    const at = Date.now();
    if (!(await this.reachability.isReachable())) return { at, reachable: false };
    try {
      const consumers = await firstValueFrom(
        from(this.consumers()).pipe(timeout(2 * this.config.KAFKA_CHECK_TIMEOUT_MS)),
      );
      return { at, reachable: true, consumers };
    } catch (error) {
      const problem = `the adapters' consumer groups could not be described: ${String(error)}`;
      this.logger.warn('adapter consumer groups unavailable', { cause: String(error) });
      return { at, reachable: true, problem };
    }
  }

  private async consumers(): Promise<Map<SourceName, ConsumerView>> {
    const admin = await (this.admin ??= new LazyAdmin(this.client.unwrap<Kafka>())).get();
    const { groups } = await admin.listGroups();
    const ids = groups.map(({ groupId }) => groupId).filter(isAdapterGroup);
    const described = ids.length > 0 ? (await admin.describeGroups(ids)).groups : [];
    const views = consumersOf(described);
    await Promise.all(
      [...views].map(async ([source, view]) => {
        view.lag = await lagOf(admin, source, view.groups);
      }),
    );
    return views;
  }
}

import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { gatewayReplyTopic, SOURCES } from '@interop/contracts';
import { LazyAdmin, registerConsumerLag, WatchedGroup } from '@interop/platform';
import type { Kafka } from 'kafkajs';
import { GatewayConfig } from '../config/gateway.config';
import { GatewayKafkaClient } from '../source-requester/gateway-kafka.client';
import { GatewayMetrics } from './gateway-metrics';

/** The gateway's consumer groups: its replies from the sources, and its Kafka callers' intake. */
export function gatewayGroups(groupId: string): WatchedGroup[] {
  return [
    { group: groupId, topics: SOURCES.map(gatewayReplyTopic) },
    // The intake topics are one per caller: every topic the group has committed on.
    { group: `${groupId}.intake` },
  ];
}

/** Consumer lag of the gateway's groups, read from the broker at each scrape. */
@Injectable()
export class GatewayLag implements OnModuleDestroy {
  private admin?: LazyAdmin;
  private readonly logger = new Logger(GatewayLag.name);

  constructor(client: GatewayKafkaClient, config: GatewayConfig, metrics: GatewayMetrics) {
    registerConsumerLag(
      metrics.registry,
      () => (this.admin ??= new LazyAdmin(client.unwrap<Kafka>())).get(),
      () => gatewayGroups(config.KAFKA_GROUP_ID),
      (error) => this.logger.warn('consumer lag unavailable', { cause: String(error) }),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.admin?.close();
  }
}

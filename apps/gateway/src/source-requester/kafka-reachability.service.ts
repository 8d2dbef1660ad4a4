import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import { defer } from 'rxjs';
import { GatewayConfig } from '../config/gateway.config';
import { awaitReply } from './deadline';
import { GatewayKafkaClient } from './gateway-kafka.client';

/** Whether the Kafka cluster answers a metadata request promptly. */
@Injectable()
export class KafkaReachability implements OnModuleDestroy {
  private admin?: Admin;

  constructor(
    private readonly client: GatewayKafkaClient,
    private readonly config: GatewayConfig,
  ) {}

  async isReachable(): Promise<boolean> {
    const described = defer(() => this.describeCluster());
    const outcome = await awaitReply(described, Date.now() + this.config.KAFKA_CHECK_TIMEOUT_MS);
    return outcome.status === 'answered';
  }

  async onModuleDestroy(): Promise<void> {
    await this.admin?.disconnect();
  }

  private async describeCluster(): Promise<true> {
    this.admin ??= this.client.unwrap<Kafka>().admin({ retry: { retries: 0 } });
    await this.admin.connect();
    await this.admin.describeCluster();
    return true;
  }
}

import { Module } from '@nestjs/common';
import { GatewayConfig } from '../config/gateway.config';
import { SourceForwarder } from '../http/source-forwarder.service';
import { GatewayKafkaClient } from './gateway-kafka.client';
import { kafkaClientOptions } from './kafka-client.options';
import { KafkaReachability } from './kafka-reachability.service';
import { SourceRequester } from './source-requester.service';

@Module({
  providers: [
    {
      provide: GatewayKafkaClient,
      useFactory: (config: GatewayConfig) => new GatewayKafkaClient(kafkaClientOptions(config)),
      inject: [GatewayConfig],
    },
    SourceRequester,
    SourceForwarder,
    KafkaReachability,
  ],
  exports: [GatewayKafkaClient, SourceRequester, SourceForwarder, KafkaReachability],
})
export class SourceRequesterModule {}

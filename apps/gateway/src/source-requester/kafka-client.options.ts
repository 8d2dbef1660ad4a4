import { KafkaOptions } from '@nestjs/microservices';
import type { PartitionAssigner } from '@nestjs/microservices/external/kafka.interface';
import { kafkaConnection } from '@interop/platform';
import { PartitionAssigners, Partitioners } from 'kafkajs';
import { GatewayConfig } from '../config/gateway.config';
import { oldestReplicasFirst } from './reply-partition-assigner';

export function kafkaClientOptions(config: GatewayConfig): Required<KafkaOptions>['options'] {
  return {
    client: {
      clientId: config.KAFKA_CLIENT_ID,
      ...kafkaConnection(config),
      // kafkajs nests this retrier inside the producer's: its default (5 retries, ~10 s of
      // backoff) outlasts any request deadline, so a send to a dead cluster must give up sooner.
      // A consumer that gives up restarts on its own, and start-up retries (joinReplyGroup).
      retry: { retries: 3, initialRetryTime: 100, maxRetryTime: 1000 },
    },
    // Nest appends "-client" to both ids unless told otherwise; the group is shared by replicas.
    postfixId: '',
    consumer: {
      groupId: config.KAFKA_GROUP_ID,
      allowAutoTopicCreation: false,
      // Replicas learn of a rebalance from a heartbeat, and rejoin once their pending fetch
      // returns: both bound how long a replica that starts waits for its reply partitions, and
      // how long replies already sent wait meanwhile.
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 1000,
      // The replica that gets no reply partition is then always the one starting (which stops
      // and says why), never one already running. Round robin stays listed so that replicas of
      // an earlier version, which know only it, can share the group during a rolling upgrade.
      partitionAssigners: [oldestReplicasFirst(Date.now()), roundRobin],
    },
    // A group without committed offsets would start at the end, which it resolves only on its
    // first fetch: a reply produced before that would be lost. Old replies are simply unmatched.
    subscribe: { fromBeginning: true },
    // kafkajs would commit after every fetch: GatewayKafkaClient commits reply offsets itself.
    run: { autoCommit: false },
    producer: { allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner },
  };
}

/** kafkajs's round robin, typed with Nest's (older) copy of the kafkajs types. */
const roundRobin = PartitionAssigners.roundRobin as unknown as PartitionAssigner;

import { Logger } from '@nestjs/common';
import { gatewayReplyTopic, SOURCES } from '@interop/contracts';
import { loadConfig } from '@interop/platform';
import { BehaviorSubject } from 'rxjs';
import { GatewayConfig } from '../config/gateway.config';
import { GatewayKafkaClient, ReplyPartitions } from './gateway-kafka.client';
import { SourceRequester } from './source-requester.service';

/** A reply consumer that joins its group and gets the given reply partitions. */
function joiningWith(partitions: ReplyPartitions) {
  const replyPartitions$ = new BehaviorSubject<ReplyPartitions | undefined>(undefined);
  const client = {
    replyPartitions$,
    subscribeToReplies: () => undefined,
    connect: async () => replyPartitions$.next(partitions),
    close: async () => replyPartitions$.next(undefined),
  };
  return client as unknown as GatewayKafkaClient;
}

describe('SourceRequester start-up', () => {
  const config = loadConfig(GatewayConfig, {
    KAFKA_GROUP_ID: 'interop-gateway',
    AUDIT_SUBJECT_KEY: 'k'.repeat(64),
  });

  beforeAll(() => Logger.overrideLogger(false));

  it('refuses to start a replica that got no reply partition, saying why and what to change', async () => {
    const starting = new SourceRequester(joiningWith({}), config).onModuleInit();
    await expect(starting).rejects.toThrow(
      /no partition of interop\.gateway\.population\.replies.* in consumer group "interop-gateway"/,
    );
    await expect(starting).rejects.toThrow('raise KAFKA_REPLY_PARTITIONS');
  });

  it('starts once it owns a reply partition of every source', async () => {
    const everySource = Object.fromEntries(SOURCES.map((source) => [gatewayReplyTopic(source), 2]));
    await expect(
      new SourceRequester(joiningWith(everySource), config).onModuleInit(),
    ).resolves.toBeUndefined();
  });
});

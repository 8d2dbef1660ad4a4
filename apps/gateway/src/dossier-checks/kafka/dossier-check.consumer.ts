import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DOSSIER_CHECK_REQUEST_TOPIC, DossierCheckResult } from '@interop/contracts';
import { kafkaConnection } from '@interop/platform';
import {
  Consumer,
  EachBatchPayload,
  Kafka,
  logCreator,
  logLevel,
  Partitioners,
  Producer,
} from 'kafkajs';
import { GatewayConfig } from '../../config/gateway.config';
import { DossierCheckService } from '../dossier-check.service';
import { CheckMemo } from './check-memo';
import { OutgoingMessage } from './check-replies';
import { DossierCheckHandler } from './dossier-check.handler';

/** How long a check's answer is given again to a redelivery of its request. */
export const ANSWER_TTL_MS = 10 * 60_000;
/** The most answers remembered for redeliveries, per gateway replica. */
export const MAX_REMEMBERED_ANSWERS = 10_000;
/** Checks of one fetched batch worked on at once. */
export const MAX_CHECKS_IN_FLIGHT = 32;

function nestLogCreator(logger: Logger): logCreator {
  return () =>
    ({ level, log }) => {
      const { message, ...details } = log;
      if (level === logLevel.ERROR) logger.error(message, details);
      else logger.warn(message, details);
    };
}

/** Runs `work` on every item, at most `limit` at a time. */
async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * The dossier core's checks over Kafka: consumes `interop.dossier-checks.requests` in a consumer
 * group of the gateway replicas of its own, and answers on each requester's reply topic. A
 * batch's offsets are committed once all its checks are answered: at least once, never lost.
 */
@Injectable()
export class DossierCheckConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DossierCheckConsumer.name);
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly handler: DossierCheckHandler;

  constructor(config: GatewayConfig, checks: DossierCheckService) {
    const kafka = new Kafka({
      clientId: `${config.KAFKA_CLIENT_ID}.dossier-checks`,
      ...kafkaConnection(config),
      logLevel: logLevel.WARN,
      logCreator: nestLogCreator(this.logger),
    });
    this.consumer = kafka.consumer({
      groupId: `${config.KAFKA_GROUP_ID}.dossier-checks`,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 1000,
    });
    // A reply topic that does not exist must not hold up the batch for long.
    this.producer = kafka.producer({
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: 2, maxRetryTime: 1000 },
    });
    const memo = new CheckMemo<DossierCheckResult>({
      ttlMs: ANSWER_TTL_MS,
      maxEntries: MAX_REMEMBERED_ANSWERS,
    });
    this.handler = new DossierCheckHandler(checks, { maxWaitMs: config.REQUEST_DEADLINE_MS, memo });
  }

  /** After every module's init: the source requester owns its reply partitions by then. */
  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    // A group that never committed starts at the beginning: checks sent before the first
    // replica ever started are answered, or found expired, rather than silently skipped.
    await this.consumer.subscribe({ topic: DOSSIER_CHECK_REQUEST_TOPIC, fromBeginning: true });
    await this.consumer.run({ eachBatch: (payload) => this.answerBatch(payload) });
    this.logger.log('consuming dossier checks', { topic: DOSSIER_CHECK_REQUEST_TOPIC });
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  private async answerBatch({ batch, heartbeat }: EachBatchPayload): Promise<void> {
    await forEachLimited(batch.messages, MAX_CHECKS_IN_FLIGHT, async (message) => {
      await this.produce(await this.handler.handle(message));
      await heartbeat();
    });
  }

  /** A message that cannot be produced is logged and given up: asking again would not help. */
  private async produce(messages: OutgoingMessage[]): Promise<void> {
    for (const { topic, ...message } of messages) {
      try {
        await this.producer.send({ topic, messages: [message] });
      } catch (error) {
        this.logger.error('could not produce message', { topic, cause: String(error) });
      }
    }
  }
}

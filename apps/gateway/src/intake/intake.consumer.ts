import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DossierCheckResult, INTAKE_TOPIC_PATTERN } from '@interop/contracts';
import { kafkaConnection, kafkaLogCreator, OutgoingMessage } from '@interop/platform';
import { Consumer, EachBatchPayload, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { AccessControl } from '../access/access-control.service';
import { OperationAccess } from '../access/operation-access.service';
import { SourcePermits } from '../access/source-permits.service';
import { AuditTrail } from '../audit/audit-trail.service';
import { GatewayConfig } from '../config/gateway.config';
import { CheckMemo } from './check-memo';
import { DossierCheckService } from '../dossier-checks/dossier-check.service';
import { SourceForwarder } from '../http/source-forwarder.service';
import { IntakeHandler } from './intake.handler';

/** How long a check's answer is given again to a redelivery of its request. */
export const ANSWER_TTL_MS = 10 * 60_000;
/** The most answers remembered for redeliveries, per gateway replica. */
export const MAX_REMEMBERED_ANSWERS = 10_000;
/** Requests of one fetched batch worked on at once. */
export const MAX_IN_FLIGHT = 32;

/** Runs `work` on every item, at most `limit` at a time. */
async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * The Kafka callers' way in: consumes every caller's intake topic (`interop.intake.<caller>
 * .requests`, which only that caller's principal may write) in a consumer group of the gateway
 * replicas, and answers on the caller's own reply topics. A batch's offsets are committed once
 * all its requests are answered: at least once, never lost. Intake topics created after the
 * gateway started are taken up at its next start.
 */
@Injectable()
export class IntakeConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(IntakeConsumer.name);
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly handler: IntakeHandler;

  constructor(
    config: GatewayConfig,
    access: AccessControl,
    operations: OperationAccess,
    forwarder: SourceForwarder,
    checks: DossierCheckService,
    permits: SourcePermits,
    trail: AuditTrail,
  ) {
    const kafka = new Kafka({
      clientId: `${config.KAFKA_CLIENT_ID}.intake`,
      ...kafkaConnection(config),
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(this.logger),
    });
    this.consumer = kafka.consumer({
      groupId: `${config.KAFKA_GROUP_ID}.intake`,
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
    const services = {
      callerPolicy: (id: string) => access.policy.caller(id),
      authorize: operations.authorize.bind(operations),
      askSource: forwarder.ask.bind(forwarder),
      checkDossier: (request, context, caller, attempt) =>
        checks.check(request, context, permits.forCaller(caller, request.procedureCode), attempt),
      subjectOf: (field, key) => trail.subjectOf(field, key),
      ended: (attempt, ending) => trail.ended(attempt, ending),
    } satisfies ConstructorParameters<typeof IntakeHandler>[0];
    this.handler = new IntakeHandler(services, { maxWaitMs: config.REQUEST_DEADLINE_MS, memo });
  }

  /** After every module's init: the source requester owns its reply partitions by then. */
  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    // A group that never committed starts at the beginning: requests sent before the first
    // replica ever started are answered, or found expired, rather than silently skipped.
    await this.consumer.subscribe({ topics: [INTAKE_TOPIC_PATTERN], fromBeginning: true });
    await this.consumer.run({ eachBatch: (payload) => this.answerBatch(payload) });
    this.logger.log('consuming the intake of Kafka callers', {
      topics: String(INTAKE_TOPIC_PATTERN),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  private async answerBatch({ batch, heartbeat }: EachBatchPayload): Promise<void> {
    await forEachLimited(batch.messages, MAX_IN_FLIGHT, async (message) => {
      await this.produce(await this.handler.handle(batch.topic, message));
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

import { Logger, LoggerService } from '@nestjs/common';
import {
  Consumer,
  EachBatchPayload,
  Kafka,
  KafkaMessage,
  logLevel,
  Partitioners,
  Producer,
} from 'kafkajs';
import {
  BatchingProducer,
  KafkaConnection,
  kafkaLogCreator,
  OutgoingMessage,
} from '@interop/platform';
import { CommitScheduler } from './commit-scheduler';
import { OffsetLedger } from './offset-ledger';
import { Disposition } from './disposition';
import { RequestDispatcher } from './request-dispatcher';
import { RequestHandler } from './request-handler';

export interface ConsumerSettings {
  connection: KafkaConnection;
  clientId: string;
  groupId: string;
  topic: string;
  /** Partitions whose new messages are taken in hand at the same time. */
  partitionsConcurrency: number;
  /** Messages in hand at once, across and within partitions. */
  maxInFlightMessages: number;
  /** How often the offsets of answered messages are committed. */
  commitIntervalMs: number;
  /** How long stop() waits for the messages in hand. */
  drainTimeoutMs: number;
  /** Told of each request message sent to the dead-letter topic. */
  onDeadLetter?: () => void;
}

/**
 * Feeds a source's request topic to the RequestHandler, many messages at once, and produces what
 * it decides. A message's offset is committed only once it and every message before it in its
 * partition are answered, so a replica that dies mid-request leaves the request to the replica
 * that takes over its partitions: at least once, never lost.
 */
export class RequestConsumer {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly outgoing: BatchingProducer;
  private readonly ledger = new OffsetLedger();
  private readonly dispatcher: RequestDispatcher<KafkaMessage>;
  private readonly commits: CommitScheduler;

  constructor(
    private readonly handler: RequestHandler,
    private readonly settings: ConsumerSettings,
    private readonly logger: LoggerService = new Logger(RequestConsumer.name),
  ) {
    const kafka = new Kafka({
      clientId: settings.clientId,
      ...settings.connection,
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(logger),
    });
    this.consumer = kafka.consumer({
      groupId: settings.groupId,
      allowAutoTopicCreation: false,
      // An idle fetch is held this long by the broker; disconnecting waits for it to return.
      maxWaitTimeInMs: 1000,
      // A member learns of a rebalance only from a heartbeat: this bounds how long the partitions
      // of a replica that stopped, or that another replica should take, wait for their new holder.
      heartbeatInterval: 1000,
    });
    this.producer = kafka.producer({
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.outgoing = new BatchingProducer(this.producer);
    this.commits = new CommitScheduler(
      this.ledger,
      (offsets) => this.commitOffsets(offsets),
      settings.commitIntervalMs,
      logger,
    );
    this.dispatcher = new RequestDispatcher((message) => this.answer(message), this.ledger, {
      maxInFlight: settings.maxInFlightMessages,
      onFinished: () => this.commits.schedule(),
      logger,
    });
  }

  /** Messages taken in hand and not yet answered. */
  get messagesInHand(): number {
    return this.dispatcher.inFlight;
  }

  /** Resolves once the consumer has joined its group and been given partitions to read. */
  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    // From the beginning for a group that has never committed: requests sent before the first
    // replica ever started are answered (or found expired) rather than silently skipped.
    await this.consumer.subscribe({ topic: this.settings.topic, fromBeginning: true });
    this.forgetPartitionsLostToRebalances();
    const joined = this.groupJoined();
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.settings.partitionsConcurrency,
      eachBatch: (payload) => this.dispatch(payload),
    });
    await joined;
    this.logger.log('consuming requests', {
      topic: this.settings.topic,
      groupId: this.settings.groupId,
      maxInFlightMessages: this.settings.maxInFlightMessages,
    });
  }

  /**
   * Takes no new message, answers those in hand (up to the drain timeout), commits, then leaves
   * the group. Whatever is still unanswered then goes, uncommitted, to the next holder.
   */
  async stop(): Promise<void> {
    this.dispatcher.stopTaking();
    this.pauseFetching();
    const left = await this.dispatcher.drain(this.settings.drainTimeoutMs);
    if (left > 0) this.logger.warn('stopping with requests unanswered', { requests: left });
    await this.commits.close();
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  /** Without this, fetches would keep returning the messages no longer taken, in a tight loop. */
  private pauseFetching(): void {
    try {
      this.consumer.pause([{ topic: this.settings.topic }]);
    } catch {
      // Never started running: there is nothing to fetch.
    }
  }

  private async dispatch({ batch, resolveOffset, heartbeat, isRunning }: EachBatchPayload) {
    try {
      await this.dispatcher.dispatch(batch, { resolveOffset, heartbeat, isRunning });
    } catch (error) {
      // A rebalance: commit what is answered, so the next holder repeats as little as possible.
      await this.commits.flush();
      throw error;
    }
  }

  private async answer(message: KafkaMessage): Promise<void> {
    const disposition = await this.handler.handle(message);
    await this.produce(disposition);
  }

  private async produce({ deadLetter, reply }: Disposition): Promise<void> {
    if (deadLetter) {
      this.settings.onDeadLetter?.();
      await this.send(deadLetter);
    }
    if (reply) await this.send(reply);
  }

  /**
   * A message that cannot be produced even after kafkajs's retries (say, to a reply topic that
   * does not exist) is logged and given up: handling the request again would call the upstream
   * again for a requester whose own deadline already bounds its wait.
   */
  private async send({ topic, ...message }: OutgoingMessage): Promise<void> {
    try {
      await this.outgoing.send(topic, message);
    } catch (error) {
      this.logger.error('could not produce message', { topic, cause: String(error) });
    }
  }

  private async commitOffsets(offsets: Array<{ partition: number; offset: string }>) {
    const { topic } = this.settings;
    await this.consumer.commitOffsets(offsets.map((offset) => ({ topic, ...offset })));
  }

  private forgetPartitionsLostToRebalances(): void {
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      this.ledger.retain(payload.memberAssignment[this.settings.topic] ?? []);
    });
  }

  private groupJoined(): Promise<void> {
    const { GROUP_JOIN, CRASH } = this.consumer.events;
    return new Promise((resolve, reject) => {
      const stopListening = () => listeners.forEach((remove) => remove());
      const listeners = [
        this.consumer.on(GROUP_JOIN, () => {
          stopListening();
          resolve();
        }),
        this.consumer.on(CRASH, (event) => {
          stopListening();
          reject(event.payload.error);
        }),
      ];
    });
  }
}

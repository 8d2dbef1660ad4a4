import { Logger, LoggerService } from '@nestjs/common';
import { Consumer, EachMessagePayload, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { kafkaLogCreator } from './kafka-log-creator';
import { Disposition, OutgoingMessage } from './outgoing-message';
import { RequestHandler } from './request-handler';

export interface ConsumerSettings {
  brokers: string[];
  clientId: string;
  groupId: string;
  topic: string;
  /** Partitions worked on at once; messages of one partition are always handled in order. */
  partitionsConcurrency: number;
}

/**
 * Feeds a source's request topic to the RequestHandler and produces what it decides. Offsets are
 * committed only after the reply is produced, so a replica that dies mid-request leaves the
 * request to the replica that takes over its partitions.
 */
export class RequestConsumer {
  private readonly consumer: Consumer;
  private readonly producer: Producer;

  constructor(
    private readonly handler: RequestHandler,
    private readonly settings: ConsumerSettings,
    private readonly logger: LoggerService = new Logger(RequestConsumer.name),
  ) {
    const kafka = new Kafka({
      clientId: settings.clientId,
      brokers: settings.brokers,
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(logger),
    });
    this.consumer = kafka.consumer({
      groupId: settings.groupId,
      allowAutoTopicCreation: false,
      // An idle fetch is held this long by the broker; disconnecting waits for it to return.
      maxWaitTimeInMs: 1000,
    });
    this.producer = kafka.producer({
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  /** Resolves once the consumer has joined its group and been given partitions to read. */
  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    // From the beginning for a group that has never committed: requests sent before the first
    // replica ever started are answered (or found expired) rather than silently skipped.
    await this.consumer.subscribe({ topic: this.settings.topic, fromBeginning: true });
    const joined = this.groupJoined();
    await this.consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: this.settings.partitionsConcurrency,
      eachMessage: (payload) => this.process(payload),
    });
    await joined;
    this.logger.log('consuming requests', {
      topic: this.settings.topic,
      groupId: this.settings.groupId,
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  private async process({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const disposition = await this.handler.handle(message);
    await this.produce(disposition);
    const next = (BigInt(message.offset) + 1n).toString();
    await this.consumer.commitOffsets([{ topic, partition, offset: next }]);
  }

  private async produce({ deadLetter, reply }: Disposition): Promise<void> {
    if (deadLetter) await this.send(deadLetter);
    if (reply) await this.send(reply);
  }

  /**
   * A message that cannot be produced even after kafkajs's retries (say, to a reply topic that
   * does not exist) is logged and given up: handling the request again would call the upstream
   * again for a requester whose own deadline already bounds its wait.
   */
  private async send({ topic, ...message }: OutgoingMessage): Promise<void> {
    try {
      await this.producer.send({ topic, messages: [message] });
    } catch (error) {
      this.logger.error('could not produce message', { topic, cause: String(error) });
    }
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

import { randomUUID } from 'node:crypto';
import { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { KafkaHeader } from '@interop/contracts';
import { decodeHeaders } from '@interop/platform';

/** Reads one topic from its start and hands out its messages by correlation id. */
export class TopicListener {
  private readonly arrived = new Map<string, KafkaMessage>();
  private readonly waiting = new Map<string, (message: KafkaMessage) => void>();

  private constructor(private readonly consumer: Consumer) {}

  static async start(kafka: Kafka, topic: string): Promise<TopicListener> {
    const consumer = kafka.consumer({
      groupId: `${topic}.listener.${randomUUID()}`,
      // Disconnecting waits for the fetch the broker holds open; kafkajs's default is 5 s.
      maxWaitTimeInMs: 100,
    });
    const listener = new TopicListener(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => listener.deliver(message) });
    return listener;
  }

  /** The message carrying `correlationId`, or a rejection once `timeoutMs` has passed. */
  next(correlationId: string, timeoutMs: number): Promise<KafkaMessage> {
    const early = this.arrived.get(correlationId);
    if (early) return Promise.resolve(early);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(correlationId);
        reject(new Error(`no message for ${correlationId} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(correlationId, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }

  private deliver(message: KafkaMessage): void {
    const correlationId = decodeHeaders(message.headers)[KafkaHeader.CorrelationId];
    if (correlationId === undefined) return;
    const waiter = this.waiting.get(correlationId);
    this.waiting.delete(correlationId);
    if (waiter) waiter(message);
    else this.arrived.set(correlationId, message);
  }
}

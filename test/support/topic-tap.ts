import { randomUUID } from 'node:crypto';
import { KafkaHeader } from '@interop/contracts';
import { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { eventually } from './stand-in-replies';

/** Every message of a topic from `since` on, read in a consumer group of its own. */
export class TopicTap {
  readonly messages: KafkaMessage[] = [];
  private consumer?: Consumer;

  /** `groupPrefix`: the start of the group ids the client's principal may use. */
  static async start(
    kafka: Kafka,
    topic: string,
    since: number,
    groupPrefix = 'e2e',
  ): Promise<TopicTap> {
    const tap = new TopicTap();
    tap.consumer = kafka.consumer({ groupId: `${groupPrefix}.tap-${randomUUID()}` });
    await tap.consumer.connect();
    await tap.consumer.subscribe({ topic, fromBeginning: true });
    await tap.consumer.run({
      eachMessage: async ({ message }) => {
        if (Number(message.timestamp) >= since) tap.messages.push(message);
      },
    });
    return tap;
  }

  /** The messages whose correlation id header is `correlationId`, once there are `count`. */
  async withCorrelationId(correlationId: string, count = 1): Promise<KafkaMessage[]> {
    const mine = () =>
      this.messages.filter(
        ({ headers }) => String(headers?.[KafkaHeader.CorrelationId]) === correlationId,
      );
    const found = await eventually(
      async () => mine(),
      (messages) => messages.length >= count,
    );
    if (found.length < count) {
      throw new Error(`${found.length} of ${count} messages for ${correlationId} arrived in 10 s`);
    }
    return found;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

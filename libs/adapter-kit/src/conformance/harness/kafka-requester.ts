import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { KafkaHeader, Reply } from '@interop/contracts';
import { TopicListener } from './topic-listener';

/** Who the suite says it is, and why it asks: adapters pass this purpose of use upstream. */
const PURPOSE_OF_USE = {
  [KafkaHeader.Requester]: 'adapter-conformance',
  [KafkaHeader.OfficerId]: 'CB-CONFORMANCE',
  [KafkaHeader.ProcedureCode]: '1.000001',
  [KafkaHeader.DossierId]: 'HS-CONFORMANCE',
};

/** The adapter answers by the deadline at the latest; this covers the reply's trip back. */
const REPLY_GRACE_MS = 2000;

export interface Answer {
  correlationId: string;
  reply: Reply<unknown>;
  /** The request's `x-deadline`, epoch milliseconds. */
  deadline: number;
  /** When the reply arrived, epoch milliseconds. */
  receivedAt: number;
}

/**
 * A requester as the contract describes one, with nothing but kafkajs: a request message with
 * its headers on the adapter's request topic, the reply matched by correlation id on its own.
 */
export class KafkaRequester {
  private constructor(
    private readonly producer: Producer,
    private readonly replies: TopicListener,
    private readonly replyTopic: string,
  ) {}

  static async start(kafka: Kafka, replyTopic: string): Promise<KafkaRequester> {
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const replies = await TopicListener.start(kafka, replyTopic);
    return new KafkaRequester(producer, replies, replyTopic);
  }

  async ask(
    requestTopic: string,
    operation: string,
    payload: object,
    deadlineInMs: number,
  ): Promise<Answer> {
    const correlationId = randomUUID();
    const deadline = Date.now() + deadlineInMs;
    await this.producer.send({
      topic: requestTopic,
      messages: [
        {
          value: JSON.stringify({ operation, payload }),
          headers: this.headersFor(correlationId, deadline),
        },
      ],
    });
    const message = await this.replies.next(correlationId, deadlineInMs + REPLY_GRACE_MS);
    const reply = JSON.parse(String(message.value)) as Reply<unknown>;
    return { correlationId, reply, deadline, receivedAt: Date.now() };
  }

  async stop(): Promise<void> {
    await Promise.all([this.producer.disconnect(), this.replies.stop()]);
  }

  private headersFor(correlationId: string, deadline: number): Record<string, string> {
    return {
      ...PURPOSE_OF_USE,
      [KafkaHeader.CorrelationId]: correlationId,
      [KafkaHeader.ReplyTopic]: this.replyTopic,
      [KafkaHeader.ReplyPartition]: '0',
      [KafkaHeader.Deadline]: String(deadline),
    };
  }
}

import { adapterGroupId, KafkaHeader, SOURCES, SourceName } from '@interop/contracts';
import { Consumer, Kafka, Producer } from 'kafkajs';
import { consumeRequests, RequestRecord } from './gateway-request-messages';
import { healthyReply } from './stand-in-replies';

/** The reply value: an envelope, or a raw string to play an adapter that answers garbage. */
export type StandInAnswer = (request: RequestRecord) => object | string;

/**
 * A plain Kafka consumer and producer in place of an adapter: answers each live request on the
 * reply topic and partition its headers name, echoing the correlation id, as the contract says.
 */
export class StandInAdapter {
  readonly received: RequestRecord[] = [];
  private consumer?: Consumer;

  private constructor(
    private readonly producer: Producer,
    private readonly answer: StandInAnswer,
  ) {}

  static async start(
    kafka: Kafka,
    source: SourceName,
    answer: StandInAnswer,
  ): Promise<StandInAdapter> {
    const producer = kafka.producer();
    await producer.connect();
    const adapter = new StandInAdapter(producer, answer);
    adapter.consumer = await consumeRequests(
      kafka,
      source,
      Date.now(),
      (request) => adapter.reply(request),
      `${adapterGroupId(source)}.e2e-stand-in`,
    );
    return adapter;
  }

  /**
   * A stand-in for every source but `source` that only answers health checks, healthy: the
   * gateway's /health is UP only when every source answers.
   */
  static healthyOthers(kafka: Kafka, source: SourceName): Promise<StandInAdapter[]> {
    const others = SOURCES.filter((other) => other !== source);
    return Promise.all(
      others.map((other) => StandInAdapter.start(kafka, other, () => healthyReply(other))),
    );
  }

  async stop(): Promise<void> {
    await Promise.all([this.consumer?.disconnect(), this.producer.disconnect()]);
  }

  private async reply(request: RequestRecord): Promise<void> {
    const { headers } = request;
    if (Number(headers[KafkaHeader.Deadline]) < Date.now()) return;
    this.received.push(request);
    const answer = this.answer(request);
    await this.producer.send({
      topic: headers[KafkaHeader.ReplyTopic],
      messages: [
        {
          partition: Number(headers[KafkaHeader.ReplyPartition]),
          value: typeof answer === 'string' ? answer : JSON.stringify(answer),
          headers: {
            [KafkaHeader.CorrelationId]: headers[KafkaHeader.CorrelationId],
            [KafkaHeader.ReplyComplete]: '1',
          },
        },
      ],
    });
  }
}

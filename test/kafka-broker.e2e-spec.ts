import { randomUUID } from 'node:crypto';
import { Consumer, KafkaMessage, logLevel, Producer } from 'kafkajs';
import { KafkaConfig, kafkaConnection, loadConfig } from '@interop/platform';
import { ensureTopics } from '../scripts/create-topics';
import { harnessKafka } from './support/kafka-clients';

const TOPIC = 'interop.e2e.broker-check';

describe('Kafka broker (e2e)', () => {
  const kafka = harnessKafka('e2e-broker-check', logLevel.ERROR);
  const runId = randomUUID();
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    await ensureTopics(
      kafkaConnection(loadConfig(KafkaConfig)),
      [{ topic: TOPIC, numPartitions: 1 }],
      {
        log: () => undefined,
      },
    );
    producer = kafka.producer();
    consumer = kafka.consumer({ groupId: `e2e-broker-check-${runId}` });
    await Promise.all([producer.connect(), consumer.connect()]);
  });

  afterAll(async () => {
    await Promise.all([producer?.disconnect(), consumer?.disconnect()]);
  });

  it('delivers a produced message, with its key and headers, to a consumer', async () => {
    const received = new Promise<KafkaMessage>((resolve) => {
      void consumer.subscribe({ topic: TOPIC, fromBeginning: true }).then(() =>
        consumer.run({
          eachMessage: async ({ message }) => {
            if (message.headers?.['x-run-id']?.toString() === runId) resolve(message);
          },
        }),
      );
    });

    await producer.send({
      topic: TOPIC,
      messages: [{ key: 'subject-1', value: 'ping', headers: { 'x-run-id': runId } }],
    });

    const message = await received;
    expect(message.key?.toString()).toBe('subject-1');
    expect(message.value?.toString()).toBe('ping');
  });
});

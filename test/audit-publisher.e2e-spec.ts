import { AUDIT_TOPIC } from '@interop/contracts';
import { AuditPublisher } from '@interop/platform';
import { Consumer, KafkaMessage } from 'kafkajs';
import { auditEvent } from './support/audit-events';
import { freshGroupAtEnd, testKafka, waitUntil } from './support/audit-log-harness';

describe('AuditPublisher against the broker', () => {
  const kafka = testKafka();
  const publisher = new AuditPublisher(kafka, { timeoutMs: 3000 });
  const seen: KafkaMessage[] = [];
  let consumer: Consumer;

  beforeAll(async () => {
    await publisher.connect();
    consumer = kafka.consumer({ groupId: await freshGroupAtEnd(kafka) });
    await consumer.connect();
    await consumer.subscribe({ topic: AUDIT_TOPIC });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(message) });
  });

  afterAll(async () => {
    await consumer.disconnect();
    await publisher.disconnect();
  });

  it('answers ok once the broker holds the event, keyed by its subject', async () => {
    const event = auditEvent();
    expect(await publisher.record(event)).toEqual({ ok: true });
    await waitUntil('the event on interop.audit', async () =>
      seen.some((message) => message.key?.toString() === event.subjectHash),
    );
    const message = seen.find((m) => m.key?.toString() === event.subjectHash)!;
    expect(JSON.parse(message.value!.toString())).toEqual(event);
  });

  it('shares produce requests between events recorded at the same time', async () => {
    const events = Array.from({ length: 50 }, () => auditEvent());
    const results = await Promise.all(events.map((event) => publisher.record(event)));
    expect(results.every(({ ok }) => ok)).toBe(true);
  });

  it('answers a failure, in time, when the broker will not take the event', async () => {
    const refused = new AuditPublisher(kafka, { timeoutMs: 1500, topic: 'interop.no-such-topic' });
    await refused.connect();
    try {
      const started = Date.now();
      expect(await refused.record(auditEvent())).toMatchObject({
        ok: false,
        reason: 'not-acknowledged',
      });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await refused.disconnect();
    }
  });
});

import { AUDIT_TOPIC, AuditEvent } from '@interop/contracts';
import { Kafka, ProducerConfig, ProducerRecord } from 'kafkajs';
import { AuditPublisher } from './audit-publisher';

const event: AuditEvent = {
  eventId: '5f0c7a52-1d0b-4d4c-8f43-4f3f3c2d9a10',
  time: '2026-11-30T08:15:00.000Z',
  kind: 'access',
  app: 'gateway',
  caller: 'dossier-core',
  outcome: 'answered',
  durationMs: 12,
  fieldsReturned: ['fullName'],
  subjectHash: 'b'.repeat(64),
  subjectKind: 'personal-id',
};

/** A kafkajs client whose producer sends with `send`, recording its config and records. */
function fakeKafka(send: (record: ProducerRecord) => Promise<unknown>) {
  const seen = { config: undefined as ProducerConfig | undefined, records: [] as ProducerRecord[] };
  const kafka = {
    producer: (config: ProducerConfig) => {
      seen.config = config;
      return {
        send: (record: ProducerRecord) => {
          seen.records.push(record);
          return send(record);
        },
      };
    },
  } as unknown as Kafka;
  return { kafka, seen };
}

describe('AuditPublisher', () => {
  it('uses an idempotent producer and waits for every in-sync replica', async () => {
    const { kafka, seen } = fakeKafka(async () => []);
    const result = await new AuditPublisher(kafka).record(event);
    expect(result).toEqual({ ok: true });
    expect(seen.config).toMatchObject({ idempotent: true, maxInFlightRequests: 1 });
    expect(seen.records[0]).toMatchObject({ topic: AUDIT_TOPIC, acks: -1 });
  });

  it('keys the message by the subject, or by the event id without one', async () => {
    const { kafka, seen } = fakeKafka(async () => []);
    const publisher = new AuditPublisher(kafka);
    await publisher.record(event);
    await publisher.record({ ...event, subjectHash: undefined, subjectKind: undefined });
    expect(seen.records.map(({ messages }) => messages[0].key)).toEqual([
      event.subjectHash,
      event.eventId,
    ]);
    expect(JSON.parse(String(seen.records[0].messages[0].value))).toEqual(event);
  });

  it('refuses an event that breaks the contract, sending nothing', async () => {
    const { kafka, seen } = fakeKafka(async () => []);
    const result = await new AuditPublisher(kafka).record({ ...event, eventId: 'x' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid-event' });
    expect(seen.records).toEqual([]);
  });

  it('answers a failure when the broker refuses the event', async () => {
    const { kafka } = fakeKafka(async () => {
      throw new Error('not authorised to write interop.audit');
    });
    expect(await new AuditPublisher(kafka).record(event)).toEqual({
      ok: false,
      reason: 'not-acknowledged',
      message: 'not authorised to write interop.audit',
    });
  });

  it('answers a failure when no acknowledgement comes in time', async () => {
    const { kafka } = fakeKafka(() => new Promise(() => undefined));
    const result = await new AuditPublisher(kafka, { timeoutMs: 50 }).record(event);
    expect(result).toEqual({
      ok: false,
      reason: 'not-acknowledged',
      message: 'no acknowledgement within 50 ms',
    });
  });
});

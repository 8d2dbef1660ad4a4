import { AUDIT_TOPIC, AuditEvent } from '@interop/contracts';
import { AuditPublisher } from '@interop/platform';
import { Producer } from 'kafkajs';
import request from 'supertest';
import { verifyDatabase } from '../apps/audit-log/src/archive/verify-database';
import { readPublicKey } from '../apps/audit-log/src/ledger/signing-key';
import { readCheckpoints } from '../apps/audit-log/src/store/ledger.repository';
import { auditEvent } from './support/audit-events';
import {
  freshGroupAtEnd,
  openTestStore,
  QUERY_TOKEN,
  startAuditLog,
  storedIds,
  testKafka,
  waitUntil,
} from './support/audit-log-harness';
import { describeEachStore } from './support/audit-stores';
import { writeSigningKey } from './support/audit-log-harness';

const kafka = testKafka();
let producer: Producer;
let publisher: AuditPublisher;

beforeAll(async () => {
  producer = kafka.producer({ allowAutoTopicCreation: false });
  publisher = new AuditPublisher(kafka);
  await Promise.all([producer.connect(), publisher.connect()]);
});

afterAll(async () => {
  await Promise.all([producer.disconnect(), publisher.disconnect()]);
});

/** Produces raw values, as a producer without idempotence retrying a send would. */
async function produceRaw(values: string[]): Promise<void> {
  await producer.send({ topic: AUDIT_TOPIC, messages: values.map((value) => ({ value })) });
}

async function record(events: AuditEvent[]): Promise<void> {
  for (const event of events) expect(await publisher.record(event)).toEqual({ ok: true });
}

describeEachStore('audit log', (kind) => {
  const key = writeSigningKey();
  const publicKey = readPublicKey(key.publicKeyFile);

  async function setUp(extra: Record<string, string> = {}) {
    const { env: database } = await kind.newDatabase();
    const env = {
      ...database,
      AUDIT_SIGNING_KEY_FILE: key.privateKeyFile,
      KAFKA_GROUP_ID: await freshGroupAtEnd(kafka),
      ...extra,
    };
    return { env, database };
  }

  async function verified(database: Record<string, string>) {
    const store = await openTestStore(database);
    try {
      return { report: await verifyDatabase(store, publicKey), ids: await storedIds(store) };
    } finally {
      await store.close();
    }
  }

  it('stores every event once, in the order produced, whatever is delivered twice', async () => {
    const { env, database } = await setUp({
      AUDIT_CHECKPOINT_EVERY: '4',
      AUDIT_CHECKPOINT_INTERVAL_MS: '500',
    });
    const auditLog = await startAuditLog(env);
    const events = Array.from({ length: 10 }, () => auditEvent());
    try {
      await record(events.slice(0, 5));
      // A producer retry and a redelivery: the same event again, byte for byte and reordered.
      await produceRaw([JSON.stringify(events[2]), JSON.stringify(events[0], null, 1)]);
      await produceRaw(['not json', JSON.stringify({ ...auditEvent(), durationMs: -1 })]);
      await record(events.slice(5));
      await produceRaw([JSON.stringify(events[9])]);
      await waitUntil('ten rows and their checkpoints', async () => {
        const health = await request(auditLog.url).get('/health');
        return health.body.lastSeq === 10 && health.body.unsignedRows === 0;
      });
      const health = await request(auditLog.url).get('/health').expect(200);
      expect(health.body).toMatchObject({ status: 'up', lag: 0, store: kind.name });
    } finally {
      await auditLog.app.close();
    }
    const { report, ids } = await verified(database);
    expect(ids).toEqual(events.map(({ eventId }) => eventId));
    expect(report.findings).toEqual([]);
    const store = await openTestStore(database);
    const checkpoints = await readCheckpoints(store);
    await store.close();
    expect(checkpoints.map(({ firstSeq, treeSize }) => [firstSeq, treeSize])).toEqual([
      [1, 4],
      [5, 8],
      [9, 10],
    ]);
  });

  it('leaves no duplicate and no gap after a crash between its commit and the offset commit', async () => {
    const { env, database } = await setUp();
    let crashes = 0;
    const crashing = await startAuditLog(env, {
      afterAppend: () => {
        crashes++;
        throw new Error('simulated crash after the database commit');
      },
    });
    const before = Array.from({ length: 8 }, () => auditEvent());
    try {
      await record(before);
      await waitUntil('the batch committed to the database', async () => crashes > 0);
    } finally {
      await crashing.app.close();
    }
    // Stored before the crash, never acknowledged to Kafka: a prefix, to be delivered again.
    const stored = (await verified(database)).ids;
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toEqual(before.slice(0, stored.length).map(({ eventId }) => eventId));
    const restarted = await startAuditLog(env);
    const after = Array.from({ length: 4 }, () => auditEvent());
    try {
      await record(after);
      await waitUntil('the events after the restart', async () => {
        const health = await request(restarted.url).get('/health');
        return health.body.lastSeq === 12 && health.body.lag === 0;
      });
    } finally {
      await restarted.app.close();
    }
    const { report, ids } = await verified(database);
    expect(ids).toEqual([...before, ...after].map(({ eventId }) => eventId));
    expect(report.findings).toEqual([]);
    expect(report.unsigned).toBeUndefined();
  });

  it("answers the subject's report with exactly the accesses made to the subject's data", async () => {
    const { env } = await setUp();
    const auditLog = await startAuditLog(env);
    const subject = auditEvent().subjectHash!;
    const accesses = [
      auditEvent({ subjectHash: subject, caller: 'dossier-core', procedureCode: '1.001234' }),
      auditEvent({
        subjectHash: subject,
        caller: 'tax-portal',
        source: 'civil-status',
        operation: 'birth.lookup',
      }),
      auditEvent({ subjectHash: subject, channel: 'kafka', dossierId: 'HS-2026-000123' }),
    ];
    const notAccesses = [
      auditEvent({
        subjectHash: subject,
        outcome: 'refused-authorisation',
        errorCode: 'FORBIDDEN',
        fieldsReturned: [],
      }),
      auditEvent({ subjectHash: subject, kind: 'upstream-call', app: 'population-adapter' }),
      auditEvent(),
    ];
    const auth = { Authorization: `Bearer ${QUERY_TOKEN}` };
    try {
      await record([
        accesses[0],
        notAccesses[0],
        accesses[1],
        notAccesses[1],
        notAccesses[2],
        accesses[2],
      ]);
      await waitUntil(
        'six rows',
        async () => (await request(auditLog.url).get('/health')).body.lastSeq === 6,
      );

      const report = await request(auditLog.url)
        .get(`/subjects/${subject}/accesses`)
        .set(auth)
        .expect(200);
      expect(report.body.subjectHash).toBe(subject);
      expect(report.body.accesses).toEqual(
        [...accesses].reverse().map((event) => ({
          seq: expect.any(Number),
          eventId: event.eventId,
          time: event.time,
          caller: event.caller,
          officerId: event.officerId,
          procedureCode: event.procedureCode,
          dossierId: event.dossierId,
          source: event.source,
          operation: event.operation,
          fieldsReturned: event.fieldsReturned,
          channel: event.channel,
        })),
      );
      expect(report.body.nextCursor).toBeUndefined();

      const events = await request(auditLog.url)
        .get('/events')
        .query({ subjectHash: subject })
        .set(auth);
      expect(events.body.events.map((e: AuditEvent) => e.eventId)).toEqual(
        [accesses[0], notAccesses[0], accesses[1], notAccesses[1], accesses[2]]
          .map((e) => e.eventId)
          .reverse(),
      );
      const refused = await request(auditLog.url)
        .get('/events')
        .query({ subjectHash: subject, outcome: 'refused-authorisation' })
        .set(auth);
      expect(refused.body.events.map((e: AuditEvent) => e.eventId)).toEqual([
        notAccesses[0].eventId,
      ]);

      const first = await request(auditLog.url)
        .get('/events')
        .query({ caller: 'dossier-core', limit: 2 })
        .set(auth)
        .expect(200);
      expect(first.body.events).toHaveLength(2);
      const second = await request(auditLog.url)
        .get('/events')
        .query({ caller: 'dossier-core', limit: 2, cursor: first.body.nextCursor })
        .set(auth)
        .expect(200);
      expect(second.body.events[0].seq).toBeLessThan(first.body.events[1].seq);
    } finally {
      await auditLog.app.close();
    }
  });

  it('refuses queries without the token, and malformed ones with the field, never a 500', async () => {
    const { env } = await setUp();
    const auditLog = await startAuditLog(env);
    const auth = { Authorization: `Bearer ${QUERY_TOKEN}` };
    try {
      const anonymous = await request(auditLog.url).get('/events').expect(401);
      expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
      expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
      await request(auditLog.url).get('/events').set({ Authorization: 'Bearer wrong' }).expect(401);
      for (const [query, field] of [
        [{ subjectHash: '001085012345' }, 'subjectHash'],
        [{ limit: '100000' }, 'limit'],
        [{ from: 'yesterday' }, 'from'],
        [{ cursor: '-1' }, 'cursor'],
        [{ outcome: 'allowed' }, 'outcome'],
        [{ personalId: '001085012345' }, 'personalId'],
      ] as const) {
        const bad = await request(auditLog.url).get('/events').query(query).set(auth).expect(400);
        expect(bad.body.error.code).toBe('VALIDATION_FAILED');
        expect(bad.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
      }
      await request(auditLog.url).get('/subjects/not-a-hash/accesses').set(auth).expect(400);
      await request(auditLog.url).get('/nowhere').set(auth).expect(404);
    } finally {
      await auditLog.app.close();
    }
  });
});

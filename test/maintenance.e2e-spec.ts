import { randomUUID } from 'node:crypto';
import {
  AUDIT_TOPIC,
  AuditEvent,
  callerReplyTopicPrefix,
  intakeTopic,
  KafkaHeader,
} from '@interop/contracts';
import { Producer } from 'kafkajs';
import request from 'supertest';
import { RequestRecorder, sentFor } from './support/gateway-request-messages';
import { InteropSystem, startInteropSystem } from './support/interop-system';
import { harnessKafka } from './support/kafka-clients';
import { eventually } from './support/stand-in-replies';
import {
  E2E_CALLER_ID,
  E2E_OPS_ID,
  E2E_PROCEDURE,
  e2eAuth,
  e2eOpsAuth,
} from './support/test-access';
import { TopicTap } from './support/topic-tap';

/**
 * Maintenance per connector, switched by the ops role: while the population connector is in
 * maintenance, its requests are answered 503 SOURCE_MAINTENANCE with Retry-After over HTTP, an
 * error reply over the Kafka intake, and UNAVAILABLE claims in dossier checks — and nothing
 * reaches Kafka or the simulator. Each switch is an admin audit event, stored before it is made.
 */
const SWITCH = '/v1/ops/connectors/population/maintenance';
const DEFAULT_RETRY_AFTER_S = 120;
const PURPOSE = { 'X-Officer-Id': 'CB-0001', 'X-Procedure-Code': E2E_PROCEDURE };

const kafka = harnessKafka('e2e-maintenance');
let system: InteropSystem;
let recorder: RequestRecorder;
let audit: TopicTap;
let replies: TopicTap;
let producer: Producer;
let replyTopic: string;
let citizen: { personalId: string; fullName: string; dateOfBirth: string };

const gateway = () => request(system.gatewayUrl);
/** The X-Request-Id of a lookup refused for maintenance. */
const refusedId = `e2e-maintenance-refused-${randomUUID()}`;

function lookup(requestId = `e2e-maintenance-${randomUUID()}`) {
  return gateway()
    .post('/v1/population/citizen-lookups')
    .set({ ...e2eAuth(), ...PURPOSE, 'X-Request-Id': requestId })
    .send(citizen);
}

function switchOn(body: object, auth: Record<string, string> = e2eOpsAuth()) {
  return gateway().put(SWITCH).set(auth).send(body);
}

function adminEvents(): AuditEvent[] {
  return audit.messages
    .map((message) => JSON.parse(String(message.value)) as AuditEvent)
    .filter((event) => event.kind === 'admin');
}

async function askOverKafka(): Promise<{ ok: boolean; error?: Record<string, unknown> }> {
  const correlationId = `e2e-maintenance-${randomUUID()}`;
  await producer.send({
    topic: intakeTopic(E2E_CALLER_ID),
    messages: [
      {
        key: citizen.personalId,
        value: JSON.stringify({
          target: 'population',
          operation: 'citizen.verify',
          payload: citizen,
        }),
        headers: {
          [KafkaHeader.CorrelationId]: correlationId,
          [KafkaHeader.ReplyTopic]: replyTopic,
          [KafkaHeader.ReplyPartition]: '0',
          [KafkaHeader.Deadline]: String(Date.now() + 5000),
          [KafkaHeader.OfficerId]: 'CB-0001',
          [KafkaHeader.ProcedureCode]: E2E_PROCEDURE,
        },
      },
    ],
  });
  const [reply] = await replies.withCorrelationId(correlationId);
  return JSON.parse(String(reply.value));
}

beforeAll(async () => {
  const since = Date.now();
  system = await startInteropSystem({
    name: 'maintenance',
    gatewayEnv: {
      MAINTENANCE_RETRY_AFTER_S: String(DEFAULT_RETRY_AFTER_S),
      // Self-checks every second, so that the wait below would see one made in maintenance.
      HEALTH_PROBE_INTERVAL_MS: '1000',
    },
  });
  const samples = await request(system.simulator.url).get('/_sim/population/samples?limit=1');
  const { personalId, fullName, dateOfBirth } = samples.body.samples[0];
  citizen = { personalId, fullName, dateOfBirth };
  replyTopic = `${callerReplyTopicPrefix(E2E_CALLER_ID)}${system.run}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [{ topic: replyTopic, numPartitions: 1 }],
    waitForLeaders: true,
  });
  await admin.disconnect();
  [recorder, audit, replies] = await Promise.all([
    RequestRecorder.start(kafka, 'population', since),
    TopicTap.start(kafka, AUDIT_TOPIC, since),
    TopicTap.start(kafka, replyTopic, since),
  ]);
  producer = kafka.producer();
  await producer.connect();
  await eventually(
    () => gateway().get('/health/ready'),
    (answer) => answer.status === 200,
    30_000,
  );
  await lookup().expect(200);
});

afterAll(async () => {
  await producer?.disconnect();
  await Promise.all([recorder, audit, replies].map((each) => each?.stop()));
  await system?.stop();
});

describe('maintenance of a connector (e2e)', () => {
  describe('the switch refuses', () => {
    it('a caller without credentials, with 401', async () => {
      const response = await switchOn({ reason: 'r' }, {});
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect((await gateway().get('/v1/ops/maintenance')).status).toBe(401);
    });

    it('a caller without the ops role, with 403, and records the refusal', async () => {
      const response = await switchOn({ reason: 'r' }, e2eAuth());
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({
        code: 'FORBIDDEN',
        details: { reason: 'ROLE_REQUIRED' },
      });
      expect((await gateway().delete(SWITCH).set(e2eAuth())).status).toBe(403);
      expect((await gateway().get('/v1/ops/maintenance').set(e2eAuth())).status).toBe(403);
      const refused = await eventually(
        async () => adminEvents().filter((event) => event.caller === E2E_CALLER_ID),
        (events) => events.length >= 2,
      );
      expect(refused[0]).toMatchObject({
        kind: 'admin',
        operation: 'maintenance.start',
        outcome: 'refused-authorisation',
        errorCode: 'FORBIDDEN',
      });
    });

    it('an unknown source, with 400 naming it', async () => {
      const response = await gateway()
        .put('/v1/ops/connectors/no-such-source/maintenance')
        .set(e2eOpsAuth())
        .send({ reason: 'r' });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      expect(response.body.error.details).toEqual([expect.objectContaining({ field: 'source' })]);
    });

    it.each([
      ['no reason', {}, 'reason'],
      ['a blank reason', { reason: '   ' }, 'reason'],
      ['a reason over 200 characters', { reason: 'x'.repeat(201) }, 'reason'],
      ['an end in the past', { reason: 'r', until: '2020-01-01T00:00:00Z' }, 'until'],
      ['an end without a time zone', { reason: 'r', until: '2099-01-01T00:00:00' }, 'until'],
      ['an undeclared field', { reason: 'r', by: 'someone-else' }, 'by'],
    ])('%s, with 400 naming the field', async (_what, body, field) => {
      const response = await switchOn(body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      expect(response.body.error.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
    });

    it('to switch when its audit event cannot be stored: nothing is switched (fail closed)', async () => {
      const failing = await system.startGateway({
        AUDIT_TOPIC: 'interop.audit-not-granted',
        AUDIT_TIMEOUT_MS: '1500',
      });
      const response = await request(failing.getHttpServer())
        .put(SWITCH)
        .set(e2eOpsAuth())
        .send({ reason: 'audit down' });
      expect(response.status).toBe(503);
      expect(response.body.error.code).toBe('AUDIT_UNAVAILABLE');
      const list = await request(failing.getHttpServer())
        .get('/v1/ops/maintenance')
        .set(e2eOpsAuth())
        .expect(200);
      expect(list.body.connectors).toContainEqual({ source: 'population', maintenance: null });
      await failing.close();
    });
  });

  describe('while the population connector is in maintenance', () => {
    const until = new Date(Date.now() + 10 * 60_000).toISOString();
    let upstreamBefore: number;

    beforeAll(async () => {
      const response = await switchOn({ reason: 'Upgrade of the SOAP endpoint', until });
      // Counted once a self-check sent just before the switch has had time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      upstreamBefore = await system.upstreamRequests('population');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        source: 'population',
        maintenance: {
          reason: 'Upgrade of the SOAP endpoint',
          since: expect.any(String),
          until,
          by: E2E_OPS_ID,
          retryAfterS: expect.any(Number),
        },
      });
    });

    it('is recorded as an admin audit event of the ops caller, as its refusals were', async () => {
      const [event] = await eventually(
        async () =>
          adminEvents().filter(
            (each) =>
              each.caller === E2E_OPS_ID &&
              each.operation === 'maintenance.start' &&
              each.outcome === 'answered',
          ),
        (events) => events.length > 0,
      );
      expect(event).toMatchObject({ kind: 'admin', app: 'gateway', source: 'population' });
      expect(event.channel).toBe('http');
      const invalid = adminEvents().filter(
        (each) => each.caller === E2E_OPS_ID && each.outcome === 'refused-validation',
      );
      expect(invalid.length).toBeGreaterThanOrEqual(6);
    });

    it('answers a lookup 503 SOURCE_MAINTENANCE with Retry-After until its end', async () => {
      const response = await lookup(refusedId);
      expect(response.status).toBe(503);
      expect(response.body.error).toMatchObject({
        code: 'SOURCE_MAINTENANCE',
        details: { until, retryAfterS: expect.any(Number) },
      });
      expect(JSON.stringify(response.body)).not.toContain('SOAP endpoint');
      const retryAfter = Number(response.headers['retry-after']);
      expect(retryAfter).toBe(response.body.error.details.retryAfterS);
      // Seconds left of a 600 s window set moments ago: a loaded machine takes a few of them.
      expect(retryAfter).toBeGreaterThan(540);
      expect(retryAfter).toBeLessThanOrEqual(600);
    });

    it('answers the Kafka intake with a SOURCE_MAINTENANCE error reply', async () => {
      expect(await askOverKafka()).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'SOURCE_MAINTENANCE',
          retryable: true,
          details: expect.objectContaining({ until }),
        }),
      });
    });

    it('leaves a dossier check’s population claim UNAVAILABLE, and answers the others', async () => {
      const response = await gateway()
        .post('/v1/dossier-checks')
        .set({ ...e2eAuth(), ...PURPOSE })
        .send({
          dossierId: `HS-${system.run}`,
          procedureCode: E2E_PROCEDURE,
          applicant: citizen,
          maritalStatus: 'single',
        });
      expect(response.status).toBe(200);
      expect(response.body.data.claims.applicant).toMatchObject({
        source: 'population',
        verdict: 'UNAVAILABLE',
        errorCode: 'SOURCE_MAINTENANCE',
      });
      expect(response.body.data.claims.maritalStatus.verdict).not.toBe('UNAVAILABLE');
    });

    it('shows the connector DOWN for MAINTENANCE in /health, and the replica stays ready', async () => {
      const health = await gateway().get('/health').set(e2eOpsAuth());
      expect(health.body.connectors.population).toMatchObject({
        status: 'DOWN',
        reasons: [expect.objectContaining({ code: 'MAINTENANCE', status: 'DOWN' })],
        maintenance: { reason: 'Upgrade of the SOAP endpoint', until, by: E2E_OPS_ID },
      });
      expect((await gateway().get('/health/ready')).status).toBe(200);
      const list = await gateway().get('/v1/ops/maintenance').set(e2eOpsAuth()).expect(200);
      expect(list.body.connectors).toContainEqual(
        expect.objectContaining({ source: 'population', maintenance: expect.any(Object) }),
      );
    });

    it('calls nothing upstream meanwhile, not even a self-check', async () => {
      // Waiting a little lets any self-check the gateway might make fall inside the count.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(await system.upstreamRequests('population')).toBe(upstreamBefore);
    });

    it('answers its default Retry-After for a window without an end', async () => {
      await switchOn({ reason: 'Until further notice' }).expect(200);
      const response = await lookup();
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe(String(DEFAULT_RETRY_AFTER_S));
    });
  });

  describe('once ended', () => {
    it('serves again, records the end, and no longer lists it', async () => {
      const ended = await gateway().delete(SWITCH).set(e2eOpsAuth());
      expect(ended.status).toBe(200);
      expect(ended.body).toEqual({ source: 'population', maintenance: null });
      const sentinel = `e2e-maintenance-sentinel-${randomUUID()}`;
      await lookup(sentinel).expect(200);
      await recorder.waitFor(sentFor(sentinel));
      // Sent after it, the sentinel is on Kafka: the refused lookup never was.
      expect(recorder.records.filter(sentFor(refusedId))).toEqual([]);
      await eventually(
        async () => adminEvents().filter((event) => event.operation === 'maintenance.end'),
        (events) => events.some((event) => event.caller === E2E_OPS_ID),
      );
      const health = await eventually(
        () => gateway().get('/health').set(e2eOpsAuth()),
        (answer) => answer.body.connectors?.population?.status === 'UP',
      );
      expect(health.body.connectors.population.maintenance).toBeNull();
    });
  });
});

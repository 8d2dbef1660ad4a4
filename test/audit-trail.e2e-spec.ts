import { randomInt, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import {
  AUDIT_TOPIC,
  AuditEvent,
  errorReply,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  HEALTH_CHECK_OPERATION,
  okReply,
  PopulationOperation,
  SourceName,
  subjectHash,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import { Consumer, KafkaMessage } from 'kafkajs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import {
  AuditLogUnderTest,
  freshGroupAtEnd,
  QUERY_TOKEN,
  startAuditLog,
  writeSigningKey,
} from './support/audit-log-harness';
import { RequestRecord } from './support/gateway-request-messages';
import { StandInAdapter } from './support/gateway-stand-in-adapter';
import { harnessKafka } from './support/kafka-clients';
import { eventually, healthyReply, standInMeta } from './support/stand-in-replies';
import { E2E_AUDIT_SUBJECT_KEY, E2E_PROCEDURE, TestAccess } from './support/test-access';

/**
 * The gateway's audit trail against a real broker and a real audit log: one event per attempt,
 * answered or refused, over HTTP, with no personal data in clear; no data returned when its event
 * cannot be written; the auditor's queries, themselves recorded; and the data subject's report.
 */

/** A citizen of this run only (born in 1985 in province 001), so that reports are exact. */
const newPersonalId = () => `001085${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
const NAME = 'Nguyễn Văn An';
const citizen = (personalId: string) => ({ personalId, fullName: NAME, dateOfBirth: '1985-03-14' });
const record = (personalId: string) => ({
  ...citizen(personalId),
  gender: 'male',
  nationality: 'Việt Nam',
});
/** Whom the stand-in population database does not know, and whom it fails for. */
const UNKNOWN = '001085999998';
const FAILING = '001085999997';
const HEADERS = { 'X-Officer-Id': 'cb.0042', 'X-Procedure-Code': E2E_PROCEDURE };

function answer(source: SourceName) {
  return ({ operation, payload }: RequestRecord) => {
    if (operation === HEALTH_CHECK_OPERATION) return healthyReply(source);
    if (payload.personalId === UNKNOWN) return errorReply('NOT_FOUND', 'no such citizen');
    if (payload.personalId === FAILING) return errorReply('SOURCE_UNAVAILABLE', 'down');
    if (operation === PopulationOperation.CitizenLookup) {
      return okReply(record(String(payload.personalId)), standInMeta(source));
    }
    if (operation === PopulationOperation.CitizenVerify) {
      const fields = { fullName: 'MATCH', dateOfBirth: 'MATCH' };
      return okReply({ verified: true, fields }, standInMeta(source));
    }
    return okReply({ answered: operation }, standInMeta(source));
  };
}

describe('the audit trail of the gateway (e2e)', () => {
  const kafka = harnessKafka('e2e-audit-trail');
  const access = new TestAccess({
    clerk: { grants: [{ operation: 'population:citizen.lookup' }] },
    checker: {
      grants: [{ operation: 'dossier-checks:check' }, { operation: 'population:*' }],
    },
    hasty: {
      grants: [{ operation: 'population:citizen.lookup' }],
      quotas: [{ source: 'population', perMinute: 1, burst: 1 }],
    },
    auditor: { roles: ['auditor'] },
  });
  const events: AuditEvent[] = [];
  const pgliteDir = mkdtempSync(path.join(os.tmpdir(), 'interop-audit-trail-'));
  let consumer: Consumer;
  let stands: StandInAdapter[];
  let auditLog: AuditLogUnderTest;
  let app: INestApplication;
  let failing: INestApplication;

  const gatewayEnv = (extra: Record<string, string> = {}) => ({
    ...principalKafkaEnv(GATEWAY_PRINCIPAL),
    GATEWAY_PORT: '0',
    REQUEST_DEADLINE_MS: '3000',
    KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-audit-${randomUUID()}`,
    ...access.env,
    AUDIT_LOG_URL: auditLog.url,
    AUDIT_QUERY_TOKEN: QUERY_TOKEN,
    LOG_LEVEL: 'fatal',
    ...extra,
  });

  beforeAll(async () => {
    consumer = kafka.consumer({ groupId: await freshGroupAtEnd(kafka) });
    await consumer.connect();
    await consumer.subscribe({ topic: AUDIT_TOPIC });
    await consumer.run({
      eachMessage: async ({ message }: { message: KafkaMessage }) => {
        events.push(JSON.parse(String(message.value)));
      },
    });
    auditLog = await startAuditLog({
      AUDIT_PGLITE_DIR: pgliteDir,
      AUDIT_SIGNING_KEY_FILE: writeSigningKey().privateKeyFile,
      KAFKA_GROUP_ID: await freshGroupAtEnd(kafka),
    });
    stands = await Promise.all(
      (['population', 'civil-status', 'business-registry'] as const).map((source) =>
        StandInAdapter.start(kafka, source, answer(source)),
      ),
    );
    app = await createGatewayApp(gatewayEnv());
    // The gateway's principal may not write this topic: the broker refuses every audit event.
    failing = await createGatewayApp(
      gatewayEnv({ AUDIT_TOPIC: 'interop.audit-not-granted', AUDIT_TIMEOUT_MS: '1500' }),
    );
  });

  afterAll(async () => {
    await Promise.all([app?.close(), failing?.close()]);
    await Promise.all(stands?.map((stand) => stand.stop()) ?? []);
    await auditLog?.app.close();
    await consumer?.disconnect();
    rmSync(pgliteDir, { recursive: true, force: true });
  });

  const lookup = (
    on: INestApplication,
    personalId: string,
    headers: Record<string, string>,
    path = 'citizen-lookups',
  ) => {
    const requestId = `e2e-audit-${randomUUID()}`;
    const response = request(on.getHttpServer())
      .post(`/v1/population/${path}`)
      .set({ ...HEADERS, ...headers, 'X-Request-Id': requestId })
      .send(citizen(personalId));
    return { requestId, response };
  };

  /** The events of a request, once they have all arrived: a duplicate would be among them. */
  const eventsOf = async (requestId: string, count = 1) => {
    const of = async () => events.filter((event) => event.requestId === requestId);
    await eventually(of, (found) => found.length >= count);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return of();
  };

  const noPersonalData = (event: AuditEvent, personalId: string) => {
    const text = JSON.stringify(event);
    for (const clear of [personalId, NAME, 'Việt Nam', '1985-03-14']) {
      expect(text).not.toContain(clear);
    }
  };

  it('records an answered lookup once, before answering, with field names but no personal data', async () => {
    const personalId = newPersonalId();
    const { requestId, response } = lookup(app, personalId, access.caller('clerk').auth);
    const answered = await response;
    expect(answered.status).toBe(200);
    // Written with acks=all before the answer: the event is on the topic already.
    const [event, ...more] = await eventsOf(requestId);
    expect(more).toEqual([]);
    expect(event).toEqual(
      expect.objectContaining({
        eventId: expect.stringMatching(/^[\da-f-]{36}$/),
        kind: 'access',
        app: 'gateway',
        caller: 'clerk',
        officerId: 'cb.0042',
        procedureCode: E2E_PROCEDURE,
        source: 'population',
        operation: 'citizen.lookup',
        outcome: 'answered',
        channel: 'http',
        durationMs: expect.any(Number),
        traceId: expect.stringMatching(/^[\da-f]{32}$/),
        subjectKind: 'personal-id',
        subjectHash: subjectHash(E2E_AUDIT_SUBJECT_KEY, personalId),
        fieldsReturned: expect.arrayContaining(['personalId', 'fullName', 'gender', 'nationality']),
      }),
    );
    expect(event.errorCode).toBeUndefined();
    noPersonalData(event, personalId);
  });

  it.each([
    ['no credential', 'none', 'citizen-lookups', 401, 'refused-authentication', 'UNAUTHENTICATED'],
    [
      'an operation not granted',
      'clerk',
      'citizen-verifications',
      403,
      'refused-authorisation',
      'FORBIDDEN',
    ],
  ])(
    'records an attempt refused for %s, once, with its subject hashed',
    async (_what, who, route, status, outcome, errorCode) => {
      const personalId = newPersonalId();
      const auth = who === 'none' ? {} : access.caller(who).auth;
      const { requestId, response } = lookup(app, personalId, auth, route);
      expect((await response).status).toBe(status);
      const [event, ...more] = await eventsOf(requestId);
      expect(more).toEqual([]);
      expect(event).toEqual(
        expect.objectContaining({
          caller: who === 'none' ? 'anonymous' : who,
          outcome,
          errorCode,
          source: 'population',
          fieldsReturned: [],
          subjectHash: subjectHash(E2E_AUDIT_SUBJECT_KEY, personalId),
        }),
      );
      noPersonalData(event, personalId);
    },
  );

  it('records a request refused as invalid, and one refused for its quota', async () => {
    const personalId = newPersonalId();
    const invalid = request(app.getHttpServer())
      .post('/v1/population/citizen-lookups')
      .set({
        ...HEADERS,
        ...access.caller('clerk').auth,
        'X-Request-Id': `e2e-audit-${randomUUID()}`,
      })
      .send({ ...citizen(personalId), fullName: '' });
    const answered = await invalid;
    expect(answered.status).toBe(400);
    const [refused] = await eventsOf(answered.headers['x-request-id']);
    expect(refused).toEqual(
      expect.objectContaining({ outcome: 'refused-validation', errorCode: 'VALIDATION_FAILED' }),
    );

    const hasty = access.caller('hasty').auth;
    expect((await lookup(app, personalId, hasty).response).status).toBe(200);
    const second = lookup(app, personalId, hasty);
    expect((await second.response).status).toBe(429);
    const [limited, ...more] = await eventsOf(second.requestId);
    expect(more).toEqual([]);
    expect(limited).toEqual(
      expect.objectContaining({
        caller: 'hasty',
        outcome: 'refused-quota',
        errorCode: 'RATE_LIMITED',
      }),
    );
  });

  it('records "no such record" as answered, and a failing source as failed', async () => {
    const clerk = access.caller('clerk').auth;
    const unknown = lookup(app, UNKNOWN, clerk);
    expect((await unknown.response).status).toBe(404);
    const failed = lookup(app, FAILING, clerk);
    expect((await failed.response).status).toBe(503);
    const [notFound] = await eventsOf(unknown.requestId);
    const [down] = await eventsOf(failed.requestId);
    expect(notFound).toEqual(
      expect.objectContaining({ outcome: 'answered', errorCode: 'NOT_FOUND' }),
    );
    expect(down).toEqual(
      expect.objectContaining({ outcome: 'failed-upstream', errorCode: 'SOURCE_UNAVAILABLE' }),
    );
  });

  it('returns no data, but 503 AUDIT_UNAVAILABLE, when the audit event cannot be written', async () => {
    const personalId = newPersonalId();
    const { response } = lookup(failing, personalId, access.caller('clerk').auth);
    const answered = await response;
    expect(answered.status).toBe(503);
    expect(answered.body.error.code).toBe('AUDIT_UNAVAILABLE');
    expect(answered.body.data).toBeUndefined();
    expect(JSON.stringify(answered.body)).not.toContain(NAME);
    expect(JSON.stringify(answered.body)).not.toContain(personalId);
  });

  it('records a dossier check as one event per source asked, under its dossier', async () => {
    const personalId = newPersonalId();
    const requestId = `e2e-audit-${randomUUID()}`;
    const response = await request(app.getHttpServer())
      .post('/v1/dossier-checks')
      .set({ ...HEADERS, ...access.caller('checker').auth, 'X-Request-Id': requestId })
      .send({
        dossierId: 'HS-AUDIT-1',
        procedureCode: E2E_PROCEDURE,
        applicant: citizen(personalId),
        maritalStatus: 'single',
      });
    expect(response.status).toBe(200);
    const found = await eventsOf(requestId, 2);
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: 'population',
          operation: 'citizen.verify',
          outcome: 'answered',
          dossierId: 'HS-AUDIT-1',
          caller: 'checker',
        }),
        // Not granted to the checker: not asked, and recorded as refused.
        expect.objectContaining({
          source: 'civil-status',
          outcome: 'refused-authorisation',
          errorCode: 'FORBIDDEN',
          dossierId: 'HS-AUDIT-1',
        }),
      ]),
    );
    for (const event of found) {
      expect(event.subjectHash).toBe(subjectHash(E2E_AUDIT_SUBJECT_KEY, personalId));
      noPersonalData(event, personalId);
    }
  });

  describe("the auditor's queries", () => {
    const auditor = () => access.caller('auditor').auth;

    it("answers the data subject's report: exactly the accesses made for that subject", async () => {
      const personalId = newPersonalId();
      const other = newPersonalId();
      const first = lookup(app, personalId, access.caller('clerk').auth);
      expect((await first.response).status).toBe(200);
      const second = lookup(app, personalId, access.caller('checker').auth);
      expect((await second.response).status).toBe(200);
      // Neither a refusal (nothing released) nor another citizen's lookup is in the report.
      expect((await lookup(app, personalId, {}).response).status).toBe(401);
      expect((await lookup(app, other, access.caller('clerk').auth).response).status).toBe(200);

      const report = await eventually(
        async () =>
          (
            await request(app.getHttpServer())
              .get(`/v1/audit/subjects/${personalId}/accesses`)
              .set(auditor())
          ).body,
        (body) => body.accesses?.length >= 2,
      );
      expect(report.subjectHash).toBe(subjectHash(E2E_AUDIT_SUBJECT_KEY, personalId));
      expect(report.accesses).toHaveLength(2);
      expect(report.accesses.map((each: { caller: string }) => each.caller).sort()).toEqual([
        'checker',
        'clerk',
      ]);
      for (const each of report.accesses) {
        expect(each).toEqual(
          expect.objectContaining({
            time: expect.any(String),
            officerId: 'cb.0042',
            procedureCode: E2E_PROCEDURE,
            source: 'population',
            operation: 'citizen.lookup',
            fieldsReturned: expect.arrayContaining(['fullName']),
          }),
        );
      }
      expect(JSON.stringify(report)).not.toContain(personalId);
    });

    it('filters the events by subject, caller and outcome, the number hashed by the gateway', async () => {
      const personalId = newPersonalId();
      expect((await lookup(app, personalId, {}).response).status).toBe(401);
      expect((await lookup(app, personalId, access.caller('clerk').auth).response).status).toBe(
        200,
      );
      const refused = await eventually(
        async () =>
          (
            await request(app.getHttpServer())
              .get('/v1/audit/events')
              .query({ personalId, outcome: 'refused-authentication', limit: 10 })
              .set(auditor())
          ).body,
        (body) => body.events?.length >= 1,
      );
      expect(refused.events).toHaveLength(1);
      expect(refused.events[0]).toEqual(
        expect.objectContaining({ caller: 'anonymous', outcome: 'refused-authentication' }),
      );
      const byCaller = await request(app.getHttpServer())
        .get('/v1/audit/events')
        .query({ personalId, caller: 'clerk' })
        .set(auditor());
      expect(byCaller.body.events.map((event: AuditEvent) => event.outcome)).toEqual(['answered']);
    });

    it('records every query of the audit log, answered or refused, as an audit event', async () => {
      const personalId = newPersonalId();
      const asked = `e2e-audit-${randomUUID()}`;
      const answered = await request(app.getHttpServer())
        .get(`/v1/audit/subjects/${personalId}/accesses`)
        .set({ ...auditor(), 'X-Request-Id': asked });
      expect(answered.status).toBe(200);
      const [query] = await eventsOf(asked);
      expect(query).toEqual(
        expect.objectContaining({
          kind: 'audit-query',
          caller: 'auditor',
          operation: 'audit.subject-accesses',
          outcome: 'answered',
          subjectHash: subjectHash(E2E_AUDIT_SUBJECT_KEY, personalId),
        }),
      );
      const prying = `e2e-audit-${randomUUID()}`;
      const refused = await request(app.getHttpServer())
        .get('/v1/audit/events')
        .query({ personalId })
        .set({ ...access.caller('clerk').auth, 'X-Request-Id': prying });
      expect(refused.status).toBe(403);
      expect(refused.body.error.details).toEqual({ reason: 'ROLE_REQUIRED' });
      const [refusal] = await eventsOf(prying);
      expect(refusal).toEqual(
        expect.objectContaining({
          kind: 'audit-query',
          caller: 'clerk',
          operation: 'audit.events',
          outcome: 'refused-authorisation',
        }),
      );
    });

    it('refuses callers without the auditor role and anonymous callers', async () => {
      const personalId = newPersonalId();
      for (const auth of [{}, access.caller('clerk').auth, access.caller('checker').auth]) {
        const response = await request(app.getHttpServer())
          .get(`/v1/audit/subjects/${personalId}/accesses`)
          .set(auth);
        expect([401, 403]).toContain(response.status);
        expect(response.body.accesses).toBeUndefined();
      }
    });

    it('answers 400, not 500, to a malformed query', async () => {
      for (const query of [
        { personalId: '123' },
        { limit: '0' },
        { cursor: 'abc' },
        { from: 'yesterday' },
        { source: 'no-such-source' },
        { subjectHash: 'a'.repeat(64) },
      ]) {
        const response = await request(app.getHttpServer())
          .get('/v1/audit/events')
          .query(query)
          .set(auditor());
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe('VALIDATION_FAILED');
      }
      const badSubject = await request(app.getHttpServer())
        .get('/v1/audit/subjects/not-a-number/accesses')
        .set(auditor());
      expect(badSubject.status).toBe(400);
    });

    it('returns no audit data when the query itself cannot be recorded', async () => {
      const response = await request(failing.getHttpServer())
        .get('/v1/audit/events')
        .set(auditor());
      expect(response.status).toBe(503);
      expect(response.body.error.code).toBe('AUDIT_UNAVAILABLE');
      expect(response.body.events).toBeUndefined();
    });
  });
});

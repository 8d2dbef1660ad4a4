import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import {
  Citizen,
  ErrorCode,
  errorReply,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  gatewayReplyTopic,
  HEALTH_CHECK_OPERATION,
  okReply,
  PopulationOperation,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { RequestRecord, RequestRecorder, sentFor } from './support/gateway-request-messages';
import { StandInAdapter } from './support/gateway-stand-in-adapter';
import { harnessKafka } from './support/kafka-clients';
import {
  eventually,
  healthyReply,
  STAND_IN_DURATION_MS,
  STAND_IN_LATENCY_MS,
  standInMeta,
} from './support/stand-in-replies';
import { e2eAccess, e2eAuth, e2eOpsAuth } from './support/test-access';

const DEADLINE_MS = 1500;
const LOOKUP = '/v1/population/citizen-lookups';
const VERIFY = '/v1/population/citizen-verifications';
const PURPOSE = {
  ...e2eAuth(),
  'X-Requester': 'e2e-dossier-core',
  'X-Officer-Id': 'cb.0042',
  'X-Procedure-Code': '1.001234.000.00.00.H12',
};
const QUERY = { personalId: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' };
const UNKNOWN_CITIZEN = '079190000002';
const GARBLED_CITIZEN = '079190000003';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

function gatewayEnv(): NodeJS.ProcessEnv {
  return {
    ...principalKafkaEnv(GATEWAY_PRINCIPAL),
    GATEWAY_PORT: '0',
    REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    HEALTH_PROBE_INTERVAL_MS: '1000',
    HEALTH_PROBE_TIMEOUT_MS: '500',
    HEALTH_STALE_AFTER_MS: '3000',
    // A group of its own: no rebalance with gateways of other runs, and no reply of theirs is ours.
    KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-${randomUUID()}`,
    ...e2eAccess().env,
    LOG_LEVEL: 'warn',
  };
}

const CITIZEN: Citizen = {
  personalId: QUERY.personalId,
  fullName: QUERY.fullName,
  name: { family: 'Nguyễn', middle: 'Văn', given: 'An' },
  gender: 'male',
  dateOfBirth: QUERY.dateOfBirth,
  ethnicity: 'Kinh',
  religion: 'Không',
  nationality: 'Việt Nam',
  maritalStatus: 'married',
};

/** What the population stand-in answers: per operation, and by identification number. */
function answer({ operation, payload }: RequestRecord): object | string {
  if (operation === HEALTH_CHECK_OPERATION) return healthyReply('population');
  if (payload.personalId === GARBLED_CITIZEN) return '<soap:Fault>upstream said no</soap:Fault>';
  if (payload.personalId === UNKNOWN_CITIZEN) {
    return errorReply(ErrorCode.NotFound, 'No citizen with this number');
  }
  if (operation === PopulationOperation.CitizenVerify) {
    return okReply(
      { verified: true, fields: { fullName: 'MATCH', dateOfBirth: 'MATCH' } },
      standInMeta('population'),
    );
  }
  return okReply(CITIZEN, standInMeta('population'));
}

describe('gateway (e2e)', () => {
  const kafka = harnessKafka('e2e-gateway-spec');
  let app: INestApplication;
  let recorder: RequestRecorder;

  const post = (path: string, body: object, headers: Record<string, string> = PURPOSE) =>
    request(app.getHttpServer()).post(path).set(headers).send(body);

  beforeAll(async () => {
    recorder = await RequestRecorder.start(kafka, 'population', Date.now());
    app = await createGatewayApp(gatewayEnv());
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await recorder?.stop();
  });

  describe('with no adapter running', () => {
    it.each([
      [
        'a personalId of the wrong length',
        { personalId: '00108501234' },
        'personalId',
        'personalId must be exactly 12 digits',
      ],
      [
        'an unknown province code',
        { personalId: '999085012345' },
        'personalId',
        'personalId starts with 999, which is not a province code',
      ],
      [
        "a date of birth disagreeing with the number's birth-year digits",
        { dateOfBirth: '1986-03-14' },
        'dateOfBirth',
        'dateOfBirth disagrees with personalId: digits 5-6 encode the birth year 1985, but the date of birth is in 1986',
      ],
    ])('rejects %s with 400 naming the field', async (_case, change, field, message) => {
      const response = await post(LOOKUP, { ...QUERY, ...change }).set(
        'X-Request-Id',
        `e2e-invalid-${randomUUID()}`,
      );
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: {
          code: 'VALIDATION_FAILED',
          message: expect.any(String),
          details: [{ field, message }],
        },
      });
    });

    it('rejects missing purpose headers with 400 naming each, alongside the body errors', async () => {
      const response = await post(
        VERIFY,
        { ...QUERY, fullName: '' },
        { ...e2eAuth(), 'X-Request-Id': `e2e-invalid-${randomUUID()}` },
      );
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([
        { field: 'headers.x-officer-id', message: 'header x-officer-id is required' },
        { field: 'headers.x-procedure-code', message: 'header x-procedure-code is required' },
        { field: 'fullName', message: 'fullName must not be empty or blank' },
      ]);
    });

    it('answers a valid request with 504 at its deadline, never later', async () => {
      const started = Date.now();
      const response = await post(LOOKUP, QUERY);
      const elapsed = Date.now() - started;
      expect(response.status).toBe(504);
      expect(response.body).toEqual({
        error: { code: 'DEADLINE_EXCEEDED', message: expect.any(String) },
      });
      expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
      expect(elapsed).toBeLessThan(DEADLINE_MS + 500);
    });

    it('lets nothing invalid reach Kafka', async () => {
      const invalid = await post(LOOKUP, { ...QUERY, personalId: '1' }).set(
        'X-Request-Id',
        `e2e-invalid-${randomUUID()}`,
      );
      expect(invalid.status).toBe(400);
      const sentinel = `e2e-sentinel-${randomUUID()}`;
      expect((await post(LOOKUP, QUERY).set('X-Request-Id', sentinel)).status).toBe(504);
      // Kafka keeps order per partition only, but every invalid request was answered before this was sent.
      await recorder.waitFor(sentFor(sentinel));
      const invalidIds = recorder.records.filter((record) =>
        record.headers.kafka_correlationId.startsWith('e2e-invalid-'),
      );
      expect(invalidIds).toEqual([]);
      const citizenRequests = recorder.records.filter(
        (record) => record.operation !== HEALTH_CHECK_OPERATION,
      );
      expect(citizenRequests.length).toBeGreaterThan(0);
      expect(
        citizenRequests.every((record) => record.payload.personalId === QUERY.personalId),
      ).toBe(true);
    });

    it('echoes X-Request-Id, or generates one, on every response', async () => {
      const echoed = await post(LOOKUP, {}).set('X-Request-Id', 'e2e-echo-1');
      expect(echoed.headers['x-request-id']).toBe('e2e-echo-1');
      const notFound = await request(app.getHttpServer()).get('/v1/nowhere');
      expect(notFound.status).toBe(404);
      expect(notFound.body).toEqual({
        error: { code: 'NOT_FOUND', message: 'Cannot GET /v1/nowhere' },
      });
      expect(notFound.headers['x-request-id']).toMatch(/^[\da-f-]{36}$/);
    });

    it('reports 503 on /health, with the population connector DOWN: nobody consumes its requests', async () => {
      const response = await eventually(
        () => request(app.getHttpServer()).get('/health').set(e2eOpsAuth()),
        (answer) => answer.body.connectors?.population?.status === 'DOWN',
      );
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        status: 'DOWN',
        ready: false,
        kafka: { reachable: true },
        connectors: {
          population: {
            status: 'DOWN',
            reasons: [expect.objectContaining({ code: 'NO_CONSUMER', status: 'DOWN' })],
            replicas: 0,
          },
        },
      });
      expect((await request(app.getHttpServer()).get('/health/ready')).status).toBe(503);
    });

    it('serves an OpenAPI 3 document of both endpoints at /docs-json', async () => {
      const response = await request(app.getHttpServer()).get('/docs-json');
      expect(response.status).toBe(200);
      expect(response.body.openapi).toMatch(/^3\./);
      expect(Object.keys(response.body.paths)).toEqual(
        expect.arrayContaining([LOOKUP, VERIFY, '/health']),
      );
      const lookup = response.body.paths[LOOKUP].post;
      expect(lookup.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
        expect.arrayContaining(['X-Requester', 'X-Officer-Id', 'X-Procedure-Code', 'X-Request-Id']),
      );
      expect(Object.keys(lookup.responses)).toEqual(
        expect.arrayContaining(['200', '400', '502', '504']),
      );
      expect(response.body.components.schemas.CitizenQueryDto.required).toEqual(
        expect.arrayContaining(['personalId', 'fullName', 'dateOfBirth']),
      );
      expect((await request(app.getHttpServer()).get('/docs')).status).toBe(200);
    });
  });

  describe('with a plain Kafka client standing in for the adapter', () => {
    let adapter: StandInAdapter;
    // /health is UP only when every source answers: the others get a stand-in that just does that.
    let others: StandInAdapter[];

    beforeAll(async () => {
      adapter = await StandInAdapter.start(kafka, 'population', answer);
      others = await StandInAdapter.healthyOthers(kafka, 'population');
    });

    afterAll(async () => {
      await Promise.all([adapter, ...(others ?? [])].map((standIn) => standIn?.stop()));
    });

    it('answers a lookup with 200, the data and its provenance, having sent the contract headers', async () => {
      const requestId = `e2e-lookup-${randomUUID()}`;
      const sentAt = Date.now();
      const response = await post(LOOKUP, QUERY).set({
        'X-Request-Id': requestId,
        'X-Dossier-Id': 'H12.24-0001',
        traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01`,
      });
      expect(response.status).toBe(200);
      expect(response.headers['x-request-id']).toBe(requestId);
      expect(response.body).toEqual({
        data: CITIZEN,
        meta: {
          source: 'population',
          fetchedAt: expect.any(String),
          cached: false,
          durationMs: STAND_IN_DURATION_MS,
          requestId,
        },
      });

      const received = adapter.received.find(sentFor(requestId));
      expect(received).toMatchObject({
        key: QUERY.personalId,
        operation: 'citizen.lookup',
        payload: QUERY,
      });
      expect(received?.headers).toMatchObject({
        kafka_replyTopic: gatewayReplyTopic('population'),
        kafka_replyPartition: expect.stringMatching(/^\d+$/),
        'x-requester': 'e2e-dossier-core',
        'x-officer-id': 'cb.0042',
        'x-procedure-code': '1.001234.000.00.00.H12',
        'x-dossier-id': 'H12.24-0001',
        traceparent: expect.stringMatching(new RegExp(`^00-${TRACE_ID}-[\\da-f]{16}-01$`)),
      });
      const deadline = Number(received?.headers['x-deadline']);
      expect(deadline).toBeGreaterThanOrEqual(sentAt + DEADLINE_MS - 50);
      expect(deadline).toBeLessThanOrEqual(Date.now() + DEADLINE_MS);
    });

    it('answers a verification with 200 and the verdicts', async () => {
      const response = await post(VERIFY, QUERY);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        verified: true,
        fields: { fullName: 'MATCH', dateOfBirth: 'MATCH' },
      });
    });

    it("answers an adapter's error reply with its code's status", async () => {
      const response = await post(LOOKUP, {
        ...QUERY,
        personalId: UNKNOWN_CITIZEN,
        dateOfBirth: '1990',
      });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        error: { code: 'NOT_FOUND', message: 'No citizen with this number' },
      });
    });

    it('answers a reply that is not a valid envelope with 502', async () => {
      const response = await post(LOOKUP, {
        ...QUERY,
        personalId: GARBLED_CITIZEN,
        dateOfBirth: '1990',
      });
      expect(response.status).toBe(502);
      expect(response.body.error.code).toBe('UPSTREAM_INVALID_RESPONSE');
    });

    it('turns /health UP once the adapter answers its probes', async () => {
      const response = await eventually(
        () => request(app.getHttpServer()).get('/health').set(e2eOpsAuth()),
        (answer) => answer.status === 200,
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'UP',
        ready: true,
        kafka: { reachable: true },
        connectors: {
          population: {
            status: 'UP',
            reasons: [],
            replicas: 1,
            lastProbe: { healthy: true, latencyMs: STAND_IN_LATENCY_MS, circuitOpen: false },
          },
        },
      });
    });
  });
});

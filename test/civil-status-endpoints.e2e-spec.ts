import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import {
  BirthRegistration,
  CivilStatusOperation,
  DeathRegistration,
  ErrorCode,
  errorReply,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  gatewayReplyTopic,
  HEALTH_CHECK_OPERATION,
  MaritalStatusRecord,
  MarriageHistory,
  okReply,
  SOURCES,
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

/**
 * The civil-status endpoints of the gateway against a real broker, with a plain Kafka client
 * standing in for the adapter: what the gateway sends, and how it answers each reply.
 */
const PURPOSE = {
  ...e2eAuth(),
  'X-Requester': 'e2e-dossier-core',
  'X-Officer-Id': 'cb.0042',
  'X-Procedure-Code': '1.001234.000.00.00.H12',
};
const PERSON = '001085012345';
const UNKNOWN_PERSON = '079190000002';
const AUTHORITY = { code: '00004', name: 'UBND phường Phúc Xá, Hà Nội' };

const BIRTH: BirthRegistration = {
  registrationNumber: '125/1985',
  book: '01/1985',
  registeredOn: '1985-03-20',
  authority: AUTHORITY,
  child: {
    personalId: PERSON,
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '1985-03-14',
    gender: 'male',
    placeOfBirth: 'Bệnh viện Phụ sản Hà Nội',
  },
  father: { personalId: '001060012345', fullName: 'Nguyễn Văn Bình', dateOfBirth: '1960' },
  mother: { fullName: 'Trần Thị Hoa' },
};

const MARRIAGES: MarriageHistory = {
  personalId: PERSON,
  marriages: [
    {
      registrationNumber: '48/2015',
      book: '01/2015',
      registeredOn: '2015-10-02',
      authority: AUTHORITY,
      husband: { personalId: PERSON, fullName: 'Nguyễn Văn An' },
      wife: { personalId: '001190023456', fullName: 'Lê Thị Mai' },
      status: 'current',
    },
    {
      registrationNumber: '12/2009',
      book: '01/2009',
      registeredOn: '2009-05-16',
      authority: AUTHORITY,
      husband: { personalId: PERSON, fullName: 'Nguyễn Văn An' },
      wife: { fullName: 'Phạm Thị Thu' },
      status: 'ended',
      endedOn: '2012-11-30',
      endReason: 'divorce',
    },
  ],
};

const DEATH: DeathRegistration = {
  registrationNumber: '7/2021',
  book: '01/2021',
  registeredOn: '2021-02-12',
  authority: AUTHORITY,
  deceased: { personalId: PERSON, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' },
  dateOfDeath: '2021-02-11',
  placeOfDeath: 'Bệnh viện Bạch Mai, Hà Nội',
};

const MARITAL_STATUS: MaritalStatusRecord = {
  personalId: PERSON,
  maritalStatus: 'married',
  basedOn: '48/2015',
};

const DATA_OF: Record<string, object> = {
  [CivilStatusOperation.BirthLookup]: BIRTH,
  [CivilStatusOperation.MarriageLookup]: MARRIAGES,
  [CivilStatusOperation.DeathLookup]: DEATH,
  [CivilStatusOperation.MaritalStatusLookup]: MARITAL_STATUS,
};

/** Path, operation sent, and the OpenAPI model of the 200 answer. */
const ENDPOINTS = [
  ['/v1/civil-status/birth-lookups', CivilStatusOperation.BirthLookup, 'BirthLookupResponse'],
  [
    '/v1/civil-status/marriage-lookups',
    CivilStatusOperation.MarriageLookup,
    'MarriageLookupResponse',
  ],
  ['/v1/civil-status/death-lookups', CivilStatusOperation.DeathLookup, 'DeathLookupResponse'],
  [
    '/v1/civil-status/marital-status-lookups',
    CivilStatusOperation.MaritalStatusLookup,
    'MaritalStatusLookupResponse',
  ],
] as const;

/** The civil-status stand-in: answers only a known operation carrying exactly `{ personalId }`. */
function answer({ operation, payload }: RequestRecord): object {
  if (operation === HEALTH_CHECK_OPERATION) return healthyReply('civil-status');
  const data = DATA_OF[operation];
  if (!data) return errorReply(ErrorCode.Internal, `stand-in: unexpected operation ${operation}`);
  if (Object.keys(payload).join() !== 'personalId') {
    return errorReply(ErrorCode.Internal, 'stand-in: the payload is not { personalId }');
  }
  if (payload.personalId === UNKNOWN_PERSON) {
    return errorReply(
      ErrorCode.NotFound,
      'No registration for this personal identification number',
    );
  }
  return okReply(data, standInMeta('civil-status'));
}

describe('civil-status endpoints (e2e, stand-in adapter)', () => {
  const kafka = harnessKafka('e2e-civil-status');
  let app: INestApplication;
  let recorder: RequestRecorder;
  let adapter: StandInAdapter;
  let others: StandInAdapter[];

  const post = (path: string, body: object, requestId = `e2e-cs-${randomUUID()}`) =>
    request(app.getHttpServer())
      .post(path)
      .set({ ...PURPOSE, 'X-Request-Id': requestId })
      .send(body);

  const sentWith = (requestId: string) => adapter.received.find(sentFor(requestId));

  beforeAll(async () => {
    recorder = await RequestRecorder.start(kafka, 'civil-status', Date.now());
    adapter = await StandInAdapter.start(kafka, 'civil-status', answer);
    others = await StandInAdapter.healthyOthers(kafka, 'civil-status');
    app = await createGatewayApp({
      ...principalKafkaEnv(GATEWAY_PRINCIPAL),
      GATEWAY_PORT: '0',
      HEALTH_PROBE_INTERVAL_MS: '1000',
      HEALTH_PROBE_TIMEOUT_MS: '500',
      // A group of its own: no rebalance with gateways of other runs, and no reply of theirs is ours.
      KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-${randomUUID()}`,
      ...e2eAccess().env,
      LOG_LEVEL: 'error',
    });
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all([recorder, adapter, ...(others ?? [])].map((client) => client?.stop()));
  });

  it.each(ENDPOINTS)(
    'POST %s sends %s keyed by the personalId and answers 200 with the data',
    async (path, operation) => {
      const requestId = `e2e-cs-${randomUUID()}`;
      const response = await post(path, { personalId: PERSON }, requestId);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: DATA_OF[operation],
        meta: {
          source: 'civil-status',
          fetchedAt: expect.any(String),
          cached: false,
          durationMs: STAND_IN_DURATION_MS,
          requestId,
        },
      });
      expect(sentWith(requestId)).toMatchObject({
        key: PERSON,
        operation,
        payload: { personalId: PERSON },
        headers: {
          kafka_replyTopic: gatewayReplyTopic('civil-status'),
          'x-requester': PURPOSE['X-Requester'],
          'x-officer-id': PURPOSE['X-Officer-Id'],
          'x-procedure-code': PURPOSE['X-Procedure-Code'],
        },
      });
    },
  );

  it("answers the adapter's NOT_FOUND with 404", async () => {
    const response = await post('/v1/civil-status/death-lookups', { personalId: UNKNOWN_PERSON });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: {
        code: 'NOT_FOUND',
        message: 'No registration for this personal identification number',
      },
    });
  });

  describe('bad input', () => {
    // Of this run only: other runs on the same broker send invalid requests too.
    const INVALID = `e2e-invalid-${randomUUID()}`;
    const invalidId = () => `${INVALID}-${randomUUID()}`;

    it.each([
      [
        '/v1/civil-status/birth-lookups',
        { personalId: '00108501234' },
        'must be exactly 12 digits',
      ],
      ['/v1/civil-status/marriage-lookups', { personalId: '999085012345' }, 'not a province code'],
      ['/v1/civil-status/death-lookups', { personalId: 1085012345 }, 'must be a string'],
      ['/v1/civil-status/marital-status-lookups', {}, 'must be a string'],
    ])('POST %s %j answers 400 naming personalId', async (path, body, reason) => {
      const response = await post(path, body, invalidId());
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: {
          code: 'VALIDATION_FAILED',
          message: expect.any(String),
          details: [{ field: 'personalId', message: expect.stringContaining(reason) }],
        },
      });
    });

    it('answers 400 naming a field the contract does not have', async () => {
      const response = await post(
        '/v1/civil-status/birth-lookups',
        { personalId: PERSON, fullName: 'Nguyễn Văn An' },
        invalidId(),
      );
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([
        { field: 'fullName', message: 'property fullName should not exist' },
      ]);
    });

    it('sent none of them to Kafka', async () => {
      const sentinel = `e2e-sentinel-${randomUUID()}`;
      expect((await post(ENDPOINTS[0][0], { personalId: PERSON }, sentinel)).status).toBe(200);
      // Every invalid request was answered before the sentinel was sent.
      await recorder.waitFor(sentFor(sentinel));
      const invalid = recorder.records.filter((record) =>
        record.headers.kafka_correlationId.startsWith(INVALID),
      );
      expect(invalid).toEqual([]);
    });
  });

  it('reports /health UP with a connector for each of the three sources', async () => {
    const response = await eventually(
      () => request(app.getHttpServer()).get('/health').set(e2eOpsAuth()),
      (answer) => answer.status === 200,
    );
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.connectors).sort()).toEqual([...SOURCES].sort());
    expect(response.body.connectors['civil-status']).toMatchObject({
      status: 'UP',
      lastProbe: { healthy: true, latencyMs: STAND_IN_LATENCY_MS, circuitOpen: false },
    });
  });

  it('documents every civil-status endpoint at /docs-json, with its data model and errors', async () => {
    const { body: document } = await request(app.getHttpServer()).get('/docs-json').expect(200);
    for (const [path, , response] of ENDPOINTS) {
      const operation = document.paths[path]?.post;
      expect(operation).toBeDefined();
      expect(operation.tags).toEqual(['civil-status']);
      expect(operation.summary).toEqual(expect.any(String));
      expect(operation.requestBody.content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/PersonalIdQueryDto',
      });
      expect(operation.responses['200'].content['application/json'].schema).toEqual({
        $ref: `#/components/schemas/${response}`,
      });
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(['400', '404', '503', '504']),
      );
      expect(operation.parameters.map((header: { name: string }) => header.name)).toEqual(
        expect.arrayContaining(['X-Requester', 'X-Officer-Id', 'X-Procedure-Code']),
      );
    }
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'BirthRegistrationModel',
        'MarriageHistoryModel',
        'DeathRegistrationModel',
        'MaritalStatusRecordModel',
      ]),
    );
  });
});

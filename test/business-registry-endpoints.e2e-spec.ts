import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import {
  BusinessRegistryOperation,
  Enterprise,
  EnterpriseSearchPage,
  EnterpriseSummary,
  ErrorCode,
  errorReply,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  gatewayReplyTopic,
  HEALTH_CHECK_OPERATION,
  okReply,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { RequestRecord, RequestRecorder, sentFor } from './support/gateway-request-messages';
import { StandInAdapter } from './support/gateway-stand-in-adapter';
import { harnessKafka } from './support/kafka-clients';
import { healthyReply, STAND_IN_DURATION_MS, standInMeta } from './support/stand-in-replies';
import { e2eAccess, e2eAuth } from './support/test-access';

/**
 * The business-registry endpoints of the gateway against a real broker, with a plain Kafka client
 * standing in for the adapter: what the gateway sends, and how it answers each reply.
 */
const PURPOSE = {
  ...e2eAuth(),
  'X-Requester': 'e2e-dossier-core',
  'X-Officer-Id': 'cb.0042',
  'X-Procedure-Code': '1.001612.000.00.00.H29',
};
const LOOKUP = '/v1/business-registry/enterprise-lookups';
const SEARCH = '/v1/business-registry/enterprise-searches';
const ENTERPRISE_CODE = '0303456786';
const BRANCH_CODE = '0303456786-001';
/** A code with a valid check digit that the stand-in's registry does not hold. */
const UNKNOWN_CODE = '0100137657';

const ADDRESS = {
  provinceCode: '79',
  provinceName: 'Hồ Chí Minh',
  communeCode: '26734',
  communeName: 'Phường Bến Nghé',
  detail: 'Số 12 đường Tôn Đức Thắng',
};

const ENTERPRISE: Enterprise = {
  enterpriseCode: ENTERPRISE_CODE,
  names: {
    vietnamese: 'Công ty TNHH Thương mại Hoàng Long',
    foreign: 'HOANG LONG TRADING COMPANY LIMITED',
    short: 'HOANG LONG CO., LTD',
  },
  type: 'Công ty trách nhiệm hữu hạn hai thành viên trở lên',
  status: 'active',
  registeredAddress: ADDRESS,
  legalRepresentative: {
    personalId: '001085012345',
    fullName: 'Nguyễn Văn An',
    position: 'Giám đốc',
  },
  charterCapital: { amount: 5_000_000_000, currency: 'VND' },
  businessLines: [
    { code: '4659', name: 'Bán buôn máy móc, thiết bị và phụ tùng máy khác', main: true },
  ],
  establishedOn: '2012-04-09',
  branches: [
    { branchCode: BRANCH_CODE, name: 'Chi nhánh Hà Nội', address: ADDRESS, status: 'active' },
  ],
};

const SUMMARY: EnterpriseSummary = {
  enterpriseCode: ENTERPRISE_CODE,
  names: ENTERPRISE.names,
  type: ENTERPRISE.type,
  status: ENTERPRISE.status,
  establishedOn: ENTERPRISE.establishedOn,
  provinceName: ADDRESS.provinceName,
};

const SEARCH_TOTAL = 42;

const keysOf = (payload: object) => Object.keys(payload).sort().join();

function lookup(payload: Record<string, unknown>): object {
  if (keysOf(payload) !== 'enterpriseCode') return unexpected('the payload is not a lookup');
  if (payload.enterpriseCode === UNKNOWN_CODE) {
    return errorReply(ErrorCode.NotFound, 'No enterprise with this code');
  }
  return okReply(ENTERPRISE, standInMeta('business-registry'));
}

function search(payload: Record<string, unknown>): object {
  const { page, pageSize } = payload;
  if (keysOf(payload) !== 'name,page,pageSize') return unexpected('the payload is not a search');
  if (typeof page !== 'number' || typeof pageSize !== 'number') {
    return unexpected('page and pageSize are not numbers');
  }
  const data: EnterpriseSearchPage = { items: [SUMMARY], page, pageSize, total: SEARCH_TOTAL };
  return okReply(data, standInMeta('business-registry'));
}

function unexpected(what: string): object {
  return errorReply(ErrorCode.Internal, `stand-in: ${what}`);
}

/** The business-registry stand-in: answers only a known operation with its payload's shape. */
function answer({ operation, payload }: RequestRecord): object {
  if (operation === HEALTH_CHECK_OPERATION) return healthyReply('business-registry');
  if (operation === BusinessRegistryOperation.EnterpriseLookup) return lookup(payload);
  if (operation === BusinessRegistryOperation.EnterpriseSearch) return search(payload);
  return unexpected(`unexpected operation ${operation}`);
}

describe('business-registry endpoints (e2e, stand-in adapter)', () => {
  const kafka = harnessKafka('e2e-business-registry');
  let app: INestApplication;
  let recorder: RequestRecorder;
  let adapter: StandInAdapter;

  const post = (path: string, body: object, requestId = `e2e-br-${randomUUID()}`) =>
    request(app.getHttpServer())
      .post(path)
      .set({ ...PURPOSE, 'X-Request-Id': requestId })
      .send(body);

  const sentWith = (requestId: string) => adapter.received.find(sentFor(requestId));

  beforeAll(async () => {
    recorder = await RequestRecorder.start(kafka, 'business-registry', Date.now());
    adapter = await StandInAdapter.start(kafka, 'business-registry', answer);
    app = await createGatewayApp({
      ...principalKafkaEnv(GATEWAY_PRINCIPAL),
      GATEWAY_PORT: '0',
      // A group of its own: no rebalance with gateways of other runs, and no reply of theirs is ours.
      KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-${randomUUID()}`,
      ...e2eAccess().env,
      LOG_LEVEL: 'error',
    });
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all([recorder, adapter].map((client) => client?.stop()));
  });

  describe('enterprise lookups', () => {
    it.each([
      ['an enterprise code', ENTERPRISE_CODE],
      ['a branch code, as it is', BRANCH_CODE],
    ])(
      'send enterprise.lookup keyed by %s and answer 200 with the enterprise',
      async (_case, code) => {
        const requestId = `e2e-br-${randomUUID()}`;
        const response = await post(LOOKUP, { enterpriseCode: code }, requestId);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({
          data: ENTERPRISE,
          meta: {
            source: 'business-registry',
            fetchedAt: expect.any(String),
            cached: false,
            durationMs: STAND_IN_DURATION_MS,
            requestId,
          },
        });
        expect(sentWith(requestId)).toMatchObject({
          key: code,
          operation: BusinessRegistryOperation.EnterpriseLookup,
          payload: { enterpriseCode: code },
          headers: {
            kafka_replyTopic: gatewayReplyTopic('business-registry'),
            'x-requester': PURPOSE['X-Requester'],
            'x-officer-id': PURPOSE['X-Officer-Id'],
            'x-procedure-code': PURPOSE['X-Procedure-Code'],
          },
        });
      },
    );

    it("answer the adapter's NOT_FOUND with 404", async () => {
      const response = await post(LOOKUP, { enterpriseCode: UNKNOWN_CODE });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        error: { code: 'NOT_FOUND', message: 'No enterprise with this code' },
      });
    });
  });

  describe('enterprise searches', () => {
    it('send enterprise.search keyed by the name and answer 200 with the page and the total', async () => {
      const requestId = `e2e-br-${randomUUID()}`;
      const body = { name: 'Hoàng Long', page: 2, pageSize: 50 };
      const response = await post(SEARCH, body, requestId);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        items: [SUMMARY],
        page: 2,
        pageSize: 50,
        total: SEARCH_TOTAL,
      });
      expect(response.body.meta).toMatchObject({ source: 'business-registry', requestId });
      expect(sentWith(requestId)).toMatchObject({
        key: body.name,
        operation: BusinessRegistryOperation.EnterpriseSearch,
        payload: body,
      });
    });

    it('send the first page of 20 when the caller names no page', async () => {
      const requestId = `e2e-br-${randomUUID()}`;
      const response = await post(SEARCH, { name: 'Hoàng Long' }, requestId);
      expect(response.status).toBe(200);
      expect(sentWith(requestId)?.payload).toEqual({ name: 'Hoàng Long', page: 1, pageSize: 20 });
    });
  });

  describe('bad input', () => {
    // Of this run only: other runs on the same broker send invalid requests too.
    const INVALID = `e2e-invalid-${randomUUID()}`;
    const invalidId = () => `${INVALID}-${randomUUID()}`;

    it.each([
      [LOOKUP, { enterpriseCode: '0303456787' }, 'enterpriseCode', 'check digit must be 6, not 7'],
      [LOOKUP, { enterpriseCode: '0303456786-01' }, 'enterpriseCode', 'must be 10 digits'],
      [LOOKUP, { enterpriseCode: '0303456786-000' }, 'enterpriseCode', 'must be 001-999'],
      [LOOKUP, { enterpriseCode: '0100000009' }, 'enterpriseCode', 'must not all be zero'],
      [LOOKUP, { enterpriseCode: 303456786 }, 'enterpriseCode', 'must be a string'],
      [SEARCH, { name: 'Hoàng Long', pageSize: 500 }, 'pageSize', 'must not be greater than 50'],
      [SEARCH, { name: 'Hoàng Long', page: 0 }, 'page', 'must not be less than 1'],
      [SEARCH, { name: 'H' }, 'name', 'longer than or equal to 2 characters'],
      [SEARCH, { page: 1 }, 'name', 'must be a string'],
    ])('POST %s %j answers 400 naming %s', async (path, body, field, reason) => {
      const response = await post(path, body, invalidId());
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: {
          code: 'VALIDATION_FAILED',
          message: expect.any(String),
          details: expect.arrayContaining([{ field, message: expect.stringContaining(reason) }]),
        },
      });
      const fields = response.body.error.details.map((detail: { field: string }) => detail.field);
      expect(new Set(fields)).toEqual(new Set([field]));
    });

    it('sent none of them to Kafka', async () => {
      const sentinel = `e2e-sentinel-${randomUUID()}`;
      const valid = await post(LOOKUP, { enterpriseCode: ENTERPRISE_CODE }, sentinel);
      expect(valid.status).toBe(200);
      // Every invalid request was answered before the sentinel was sent.
      await recorder.waitFor(sentFor(sentinel));
      const invalid = recorder.records.filter((record) =>
        record.headers.kafka_correlationId.startsWith(INVALID),
      );
      expect(invalid).toEqual([]);
    });
  });

  describe('the OpenAPI document at /docs-json', () => {
    let document: {
      paths: Record<string, { post: Record<string, never> }>;
      components: { schemas: Record<string, object> };
    };

    beforeAll(async () => {
      document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
    });

    it('has every population, civil-status and business-registry endpoint', () => {
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/v1/population/citizen-lookups',
          '/v1/population/citizen-verifications',
          '/v1/civil-status/birth-lookups',
          '/v1/civil-status/marriage-lookups',
          '/v1/civil-status/death-lookups',
          '/v1/civil-status/marital-status-lookups',
          LOOKUP,
          SEARCH,
        ]),
      );
    });

    it.each([
      [LOOKUP, 'EnterpriseLookupDto', 'EnterpriseLookupResponse'],
      [SEARCH, 'EnterpriseSearchDto', 'EnterpriseSearchResponse'],
    ])('describes %s with its body, data model and errors', (path, body, response) => {
      const operation = document.paths[path].post;
      expect(operation.tags).toEqual(['business-registry']);
      expect(operation.summary).toEqual(expect.any(String));
      expect(operation.requestBody).toMatchObject({
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${body}` } } },
      });
      expect(operation.responses).toMatchObject({
        200: {
          content: {
            'application/json': { schema: { $ref: `#/components/schemas/${response}` } },
          },
        },
      });
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(['400', '404', '503', '504']),
      );
    });

    it('caps the search page size at 50', () => {
      expect(document.components.schemas.EnterpriseSearchDto).toMatchObject({
        required: ['name'],
        properties: { pageSize: { maximum: 50 } },
      });
    });
  });
});

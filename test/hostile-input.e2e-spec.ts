import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import {
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  HEALTH_CHECK_OPERATION,
  okReply,
  SourceName,
} from '@interop/contracts';
import request from 'supertest';
import { principalKafkaEnv } from '@interop/platform';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { harnessKafka } from './support/kafka-clients';
import { RequestRecord, sentFor } from './support/gateway-request-messages';
import { StandInAdapter } from './support/gateway-stand-in-adapter';
import { healthyReply, standInMeta } from './support/stand-in-replies';
import { E2E_PROCEDURE, e2eAccess, e2eAuth } from './support/test-access';

/**
 * Hostile input on every operation of the HTTP edge: each rule is tried on each route, and each
 * attempt must be a 4xx with a code — never a 500 — with nothing produced to any request topic.
 */
const HEADERS = { 'X-Officer-Id': 'cb.0042', 'X-Procedure-Code': E2E_PROCEDURE };
const PERSON = '001085012345';
const CITIZEN = { personalId: PERSON, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' };

interface Route {
  path: string;
  body: Record<string, unknown>;
  /** Dotted paths of the free-text fields. */
  text: string[];
}

const ROUTES: Route[] = [
  { path: '/v1/population/citizen-lookups', body: CITIZEN, text: ['fullName'] },
  { path: '/v1/population/citizen-verifications', body: CITIZEN, text: ['fullName'] },
  { path: '/v1/civil-status/birth-lookups', body: { personalId: PERSON }, text: [] },
  { path: '/v1/civil-status/marriage-lookups', body: { personalId: PERSON }, text: [] },
  { path: '/v1/civil-status/death-lookups', body: { personalId: PERSON }, text: [] },
  { path: '/v1/civil-status/marital-status-lookups', body: { personalId: PERSON }, text: [] },
  {
    path: '/v1/business-registry/enterprise-lookups',
    body: { enterpriseCode: '0100137657' },
    text: [],
  },
  {
    path: '/v1/business-registry/enterprise-searches',
    body: { name: 'Thương mại', page: 1, pageSize: 20 },
    text: ['name'],
  },
  {
    path: '/v1/dossier-checks',
    body: {
      dossierId: 'HS-2026-000123',
      procedureCode: E2E_PROCEDURE,
      applicant: {
        ...CITIZEN,
        permanentAddress: { provinceCode: '01', communeCode: '00004', detail: 'Số 12' },
      },
      enterprise: { enterpriseCode: '0100137657', name: 'Công ty TNHH Hoàng Long' },
    },
    text: ['applicant.fullName', 'applicant.permanentAddress.detail', 'enterprise.name'],
  },
];

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  'isAdmin',
];
const BLANK_TEXTS: [string, string][] = [
  ['empty', ''],
  ['blank', '   '],
  ['zero-width spaces', '\u200b\u200c\u200d'],
  ['a BOM and direction marks', '\ufeff\u200e\u200f'],
  ['control characters', '\u0000\u0007'],
];

function withField(body: Record<string, unknown>, path: string, value: unknown): object {
  const copy = structuredClone(body);
  const names = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const name of names.slice(0, -1)) node = node[name] as Record<string, unknown>;
  node[names[names.length - 1]] = value;
  return copy;
}

/** The body with a key added at the start of the object at `path` ('' for the top), as raw JSON. */
function withRawKey(body: object, path: string, key: string): string {
  const text = JSON.stringify(body);
  if (path === '') return `{"${key}":{"polluted":true},${text.slice(1)}`;
  const anchor = `"${path.split('.').pop()}":{`;
  return text.replace(anchor, `${anchor}"${key}":{"polluted":true},`);
}

function answer(source: SourceName) {
  return ({ operation }: RequestRecord) =>
    operation === HEALTH_CHECK_OPERATION
      ? healthyReply(source)
      : okReply({ answered: operation }, standInMeta(source));
}

describe('hostile input at the HTTP edge (e2e)', () => {
  const kafka = harnessKafka('e2e-hostile-input');
  const attempted: string[] = [];
  let stands: StandInAdapter[];
  let app: INestApplication;

  beforeAll(async () => {
    stands = await Promise.all(
      (['population', 'civil-status', 'business-registry'] as const).map((source) =>
        StandInAdapter.start(kafka, source, answer(source)),
      ),
    );
    app = await createGatewayApp({
      ...principalKafkaEnv(GATEWAY_PRINCIPAL),
      GATEWAY_PORT: '0',
      REQUEST_DEADLINE_MS: '3000',
      KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-hostile-${randomUUID()}`,
      ...e2eAccess().env,
      LOG_LEVEL: 'error',
    });
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all(stands?.map((stand) => stand.stop()) ?? []);
  });

  /** Sends a raw body; remembers its request id to check that nothing was sent for it. */
  function sendRaw(path: string, body: string | Buffer, contentType = 'application/json') {
    const requestId = `e2e-hostile-${randomUUID()}`;
    attempted.push(requestId);
    return request(app.getHttpServer())
      .post(path)
      .set({ ...e2eAuth(), ...HEADERS, 'X-Request-Id': requestId, 'Content-Type': contentType })
      .send(body);
  }

  const rejected = (response: request.Response, status = 400) => {
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    return response.body.error as { details?: { field: string; message: string }[] };
  };

  describe.each(ROUTES)('$path', (route) => {
    it('serves the valid body, so each refusal below is the hostile part’s', async () => {
      const response = await request(app.getHttpServer())
        .post(route.path)
        .set({ ...e2eAuth(), ...HEADERS })
        .send(route.body);
      expect(response.status).toBe(200);
    });

    it.each(HOSTILE_KEYS)('refuses a top-level %s key, naming it', async (key) => {
      const error = rejected(await sendRaw(route.path, withRawKey(route.body, '', key)));
      expect(error.details).toEqual([{ field: key, message: `property ${key} should not exist` }]);
    });

    it('refuses hostile keys in nested objects, naming them by path', async () => {
      const nested = Object.keys(route.body).filter((name) => typeof route.body[name] === 'object');
      for (const name of nested) {
        const error = rejected(
          await sendRaw(route.path, withRawKey(route.body, name, '__proto__')),
        );
        expect(error.details).toEqual([
          { field: `${name}.__proto__`, message: 'property __proto__ should not exist' },
        ]);
      }
    });

    it('refuses a blank or invisible value in every text field, naming the field', async () => {
      for (const field of route.text) {
        for (const [, text] of BLANK_TEXTS) {
          const body = JSON.stringify(withField(route.body, field, text));
          const error = rejected(await sendRaw(route.path, body));
          expect([...new Set(error.details?.map((detail) => detail.field))]).toEqual([field]);
        }
      }
    });

    it('refuses a body nested too deep, too large, not UTF-8, in another charset, or not JSON', async () => {
      const deep = JSON.stringify({
        ...route.body,
        deep: JSON.parse('['.repeat(40) + ']'.repeat(40)),
      });
      rejected(await sendRaw(route.path, deep));
      const large = JSON.stringify({ ...route.body, padding: 'x'.repeat(70 * 1024) });
      rejected(await sendRaw(route.path, large), 413);
      const latin1 = Buffer.from(JSON.stringify(route.body).replace('"}', 'Ê"}'), 'latin1');
      rejected(await sendRaw(route.path, latin1));
      rejected(
        await sendRaw(
          route.path,
          JSON.stringify(route.body),
          'application/json; charset=iso-8859-1',
        ),
        415,
      );
      for (const text of ['{"personalId":', '[]', 'null', '"text"', '42']) {
        rejected(await sendRaw(route.path, text));
      }
      rejected(
        await sendRaw(route.path, 'personalId=001085012345', 'application/x-www-form-urlencoded'),
      );
    });
  });

  it.each([
    ['"page":0', 'page'],
    ['"page":-1', 'page'],
    ['"page":1.5', 'page'],
    ['"page":"2"', 'page'],
    ['"page":true', 'page'],
    ['"page":null', 'page'],
    ['"page":1000000', 'page'],
    ['"page":1e400', 'page'],
    ['"pageSize":0', 'pageSize'],
    ['"pageSize":51', 'pageSize'],
    ['"pageSize":[20]', 'pageSize'],
    ['"pageSize":{"valueOf":20}', 'pageSize'],
  ])('refuses enterprise-search numbers the registry cannot take: %s', async (member, field) => {
    const body = `{"name":"Thương mại",${member}}`;
    const error = rejected(await sendRaw('/v1/business-registry/enterprise-searches', body));
    expect(error.details?.map((detail) => detail.field)).toContain(field);
  });

  it('sends text fields NFC-normalised and trimmed', async () => {
    const requestId = `e2e-nfc-${randomUUID()}`;
    const decomposed = '  Nguye\u0302\u0303n Va\u0306n An \t';
    await request(app.getHttpServer())
      .post('/v1/population/citizen-verifications')
      .set({ ...e2eAuth(), ...HEADERS, 'X-Request-Id': requestId })
      .send({ ...CITIZEN, fullName: decomposed })
      .expect(200);
    const sent = stands[0].received.find(sentFor(requestId));
    expect(sent?.payload.fullName).toBe('Nguyễn Văn An');
  });

  it('produced nothing to any request topic for any refused body', async () => {
    expect(attempted.length).toBeGreaterThan(150);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const stand of stands) {
      const leaked = stand.received.filter((record) => attempted.some((id) => sentFor(id)(record)));
      expect(leaked).toEqual([]);
    }
  });
});

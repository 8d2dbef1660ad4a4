import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  adapterGroupId,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  KafkaHeader,
  SourceName,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import { Consumer, Kafka } from 'kafkajs';
import request from 'supertest';
import { startBusinessRegistryAdapter } from '../apps/business-registry-adapter/src/business-registry-adapter.bootstrap';
import { startCivilStatusAdapter } from '../apps/civil-status-adapter/src/civil-status-adapter.bootstrap';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { consumeRequests, RequestRecord } from './support/gateway-request-messages';
import { harnessKafka } from './support/kafka-clients';
import { startSimulator } from './support/simulator';
import { e2eAccess, e2eAdapterEnv, e2eAuth } from './support/test-access';

/**
 * The civil-status and business-registry endpoints through the whole system: gateway, Kafka,
 * the real adapters and the simulated databases.
 */
const PURPOSE = {
  ...e2eAuth(),
  'X-Requester': 'e2e-dossier-core',
  'X-Officer-Id': 'CB-0001',
  'X-Procedure-Code': '1.001234',
};
const run = randomUUID();

type Running = { stop(): Promise<void> };
type Sample = Record<string, unknown> & { personalId: string };

let simulator: NestExpressApplication;
let simulatorUrl: string;
let gateway: INestApplication;
const adapters: Running[] = [];

function post(path: string, body: object, requestId = `e2e-${randomUUID()}`) {
  return request(gateway.getHttpServer())
    .post(path)
    .set({ ...PURPOSE, 'X-Request-Id': requestId })
    .send(body);
}

async function samples(path: string): Promise<Record<string, unknown>> {
  return (await request(simulatorUrl).get(path).expect(200)).body;
}

async function civilStatusSample(kind: string): Promise<Sample> {
  const { samples: found } = await samples(`/_sim/civil-status/samples?limit=1&kind=${kind}`);
  return (found as Sample[])[0];
}

beforeAll(async () => {
  ({ app: simulator, url: simulatorUrl } = await startSimulator());
  const adapterEnv = (source: SourceName) => ({
    ...e2eAdapterEnv(source),
    UPSTREAM_URL: simulatorUrl,
    LOG_LEVEL: 'error',
  });
  const group = (source: SourceName) => ({ groupId: `${adapterGroupId(source)}.e2e-${run}` });
  adapters.push(
    await startCivilStatusAdapter(adapterEnv('civil-status'), group('civil-status')),
    await startBusinessRegistryAdapter(adapterEnv('business-registry'), group('business-registry')),
  );
  gateway = await createGatewayApp({
    ...principalKafkaEnv(GATEWAY_PRINCIPAL),
    GATEWAY_PORT: '0',
    KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-${run}`,
    ...e2eAccess().env,
    LOG_LEVEL: 'error',
  });
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all(adapters.map((adapter) => adapter.stop()));
  await simulator?.close();
});

describe('civil-status endpoints', () => {
  it('answers the birth registration of a person', async () => {
    const person = await civilStatusSample('birth');
    const response = await post('/v1/civil-status/birth-lookups', {
      personalId: person.personalId,
    }).expect(200);
    expect(response.body.data.child).toEqual(
      expect.objectContaining({ personalId: person.personalId, fullName: person.fullName }),
    );
    expect(response.body.data).toEqual(
      expect.objectContaining({
        registrationNumber: expect.any(String),
        book: expect.any(String),
        registeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        authority: expect.objectContaining({ name: expect.stringMatching(/^UBND /) }),
      }),
    );
    expect(response.body.meta).toEqual(expect.objectContaining({ source: 'civil-status' }));
  });

  it('answers the current and past marriages of a person', async () => {
    const person = await civilStatusSample('marriage');
    const response = await post('/v1/civil-status/marriage-lookups', {
      personalId: person.personalId,
    }).expect(200);
    expect(response.body.data.personalId).toBe(person.personalId);
    expect(response.body.data.marriages).toHaveLength(person.marriages as number);
  });

  it('answers the death registration of a deceased person', async () => {
    const person = await civilStatusSample('death');
    const response = await post('/v1/civil-status/death-lookups', {
      personalId: person.personalId,
    }).expect(200);
    expect(response.body.data.deceased.personalId).toBe(person.personalId);
    expect(response.body.data.dateOfDeath).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers the marital status the civil-status register has', async () => {
    const person = await civilStatusSample('marital-status-mismatch');
    const response = await post('/v1/civil-status/marital-status-lookups', {
      personalId: person.personalId,
    }).expect(200);
    expect(response.body.data).toEqual(
      expect.objectContaining({
        personalId: person.personalId,
        maritalStatus: person.maritalStatus,
      }),
    );
    expect(response.body.data.maritalStatus).not.toBe(person.populationMaritalStatus);
  });

  it('answers 404 when the register has no death for a living person', async () => {
    const person = await civilStatusSample('birth');
    const response = await post('/v1/civil-status/death-lookups', {
      personalId: person.personalId,
    }).expect(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});

describe('business-registry endpoints', () => {
  let registry: Record<string, unknown>;
  beforeAll(async () => {
    registry = await samples('/_sim/business-registry/samples?limit=5');
  });

  it('answers an enterprise by its code', async () => {
    const [enterprise] = registry.samples as Record<string, never>[];
    const response = await post('/v1/business-registry/enterprise-lookups', {
      enterpriseCode: enterprise.enterpriseCode,
    }).expect(200);
    expect(response.body.data).toEqual(
      expect.objectContaining({
        enterpriseCode: enterprise.enterpriseCode,
        names: expect.objectContaining({ vietnamese: enterprise.name }),
        status: enterprise.status,
        legalRepresentative: expect.objectContaining({
          personalId: (enterprise.legalRepresentative as Sample).personalId,
        }),
      }),
    );
  });

  it('answers the parent enterprise, with the branch, for a branch code', async () => {
    const [branch] = registry.branchSamples as { branchCode: string; enterpriseCode: string }[];
    const response = await post('/v1/business-registry/enterprise-lookups', {
      enterpriseCode: branch.branchCode,
    }).expect(200);
    expect(response.body.data.enterpriseCode).toBe(branch.enterpriseCode);
    expect(response.body.data.branches).toContainEqual(
      expect.objectContaining({ branchCode: branch.branchCode }),
    );
  });

  it('answers 404 for a valid code that belongs to no enterprise', async () => {
    const [unknown] = registry.unknownEnterpriseCodes as string[];
    await post('/v1/business-registry/enterprise-lookups', { enterpriseCode: unknown }).expect(404);
  });

  it('searches by name a page at a time, with the total', async () => {
    const body = { name: 'Thương mại', page: 1, pageSize: 5 };
    const first = await post('/v1/business-registry/enterprise-searches', body).expect(200);
    const second = await post('/v1/business-registry/enterprise-searches', {
      ...body,
      page: 2,
    }).expect(200);
    expect(first.body.data.total).toBeGreaterThan(10);
    expect(first.body.data.items).toHaveLength(5);
    expect(second.body.data.total).toBe(first.body.data.total);
    const codes = (page: { items: { enterpriseCode: string }[] }) =>
      page.items.map((item) => item.enterpriseCode);
    expect(codes(second.body.data)).not.toEqual(
      expect.arrayContaining([codes(first.body.data)[0]]),
    );
  });
});

describe('bad input', () => {
  const INVALID = `e2e-invalid-${run}`;
  const seen: RequestRecord[] = [];
  const consumers: Consumer[] = [];
  let kafka: Kafka;

  beforeAll(async () => {
    kafka = harnessKafka('e2e-source-endpoints');
    const since = Date.now();
    for (const source of ['civil-status', 'business-registry'] as SourceName[]) {
      consumers.push(
        await consumeRequests(kafka, source, since, async (record) => {
          seen.push(record);
        }),
      );
    }
  });

  afterAll(() => Promise.all(consumers.map((consumer) => consumer.disconnect())));

  it.each([
    [
      '/v1/business-registry/enterprise-lookups',
      { enterpriseCode: '0100137658' },
      'enterpriseCode',
    ],
    [
      '/v1/business-registry/enterprise-lookups',
      { enterpriseCode: '0100137657-01' },
      'enterpriseCode',
    ],
    [
      '/v1/business-registry/enterprise-lookups',
      { enterpriseCode: '0100137657-000' },
      'enterpriseCode',
    ],
    ['/v1/business-registry/enterprise-searches', { name: 'Gia Hà', pageSize: 500 }, 'pageSize'],
    ['/v1/business-registry/enterprise-searches', { name: 'Gia Hà', page: 0 }, 'page'],
    ['/v1/civil-status/birth-lookups', { personalId: '003085012345' }, 'personalId'],
    ['/v1/civil-status/marriage-lookups', { personalId: '12345' }, 'personalId'],
  ])('%s %j answers 400 naming %s', async (path, body, field) => {
    const response = await post(path, body, `${INVALID}-${randomUUID()}`).expect(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.details).toContainEqual(
      expect.objectContaining({ field, message: expect.any(String) }),
    );
  });

  it('sent nothing invalid to Kafka', async () => {
    const sentinel = `e2e-sentinel-${run}`;
    const person = await civilStatusSample('birth');
    await post('/v1/civil-status/birth-lookups', { personalId: person.personalId }, sentinel);
    const correlationIds = () => seen.map((record) => record.headers[KafkaHeader.CorrelationId]);
    await waitFor(() => correlationIds().some((id) => id.startsWith(sentinel)));
    expect(correlationIds().filter((id) => id.startsWith(INVALID))).toEqual([]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting for the sentinel request');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import {
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  HEALTH_CHECK_OPERATION,
  okReply,
  SOURCE_REGISTRY,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { RequestRecord } from './support/gateway-request-messages';
import { StandInAdapter } from './support/gateway-stand-in-adapter';
import { harnessKafka } from './support/kafka-clients';
import { eventually, healthyReply, standInMeta } from './support/stand-in-replies';
import { E2E_PROCEDURE, TestAccess } from './support/test-access';

/**
 * GET /v1/sources, the catalogue: every source of the registry with its operations, status and
 * OpenAPI section, and for the caller asking, which operations it may use and under which
 * procedures. Stand-in adapters answer for the sources.
 */
const [FIRST] = SOURCE_REGISTRY;
const [GRANTED, NOT_GRANTED] = FIRST.operations;

const CALLERS = {
  narrow: { grants: [{ operation: `${FIRST.name}:${GRANTED.name}` }] },
  ops: { roles: ['ops' as const] },
};

interface CatalogueOperation {
  name: string;
  path: string;
  allowed: boolean;
  procedures: string[];
  verdictOnly: boolean;
  operationId: string;
}

interface CatalogueSource {
  name: string;
  status: string;
  allowed: boolean;
  operations: CatalogueOperation[];
  openapi: { document: string; tag: string };
}

describe('the source catalogue (e2e)', () => {
  const kafka = harnessKafka('e2e-catalogue');
  const access = new TestAccess(CALLERS);
  let stands: StandInAdapter[];
  let app: INestApplication;

  const get = (path: string, caller?: keyof typeof CALLERS) =>
    request(app.getHttpServer())
      .get(path)
      .set(caller ? access.caller(caller).auth : {});

  beforeAll(async () => {
    stands = await Promise.all(
      SOURCE_REGISTRY.map(({ name }) =>
        StandInAdapter.start(kafka, name, ({ operation }: RequestRecord) =>
          operation === HEALTH_CHECK_OPERATION
            ? healthyReply(name)
            : okReply({ answered: true }, standInMeta(name)),
        ),
      ),
    );
    app = await createGatewayApp({
      ...principalKafkaEnv(GATEWAY_PRINCIPAL),
      GATEWAY_PORT: '0',
      REQUEST_DEADLINE_MS: '3000',
      HEALTH_PROBE_INTERVAL_MS: '500',
      HEALTH_PROBE_TIMEOUT_MS: '500',
      KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-catalogue-${randomUUID()}`,
      ...access.env,
      LOG_LEVEL: 'error',
    });
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all(stands?.map((stand) => stand.stop()) ?? []);
  });

  it('is refused without a credential', async () => {
    const response = await get('/v1/sources');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('lists every source and operation of the registry, with the route that answers it', async () => {
    const { body, status } = await get('/v1/sources', 'narrow');
    expect(status).toBe(200);
    const sources = body.sources as CatalogueSource[];
    expect(sources.map(({ name }) => name)).toEqual(SOURCE_REGISTRY.map(({ name }) => name));
    for (const [index, source] of sources.entries()) {
      const declared = SOURCE_REGISTRY[index].operations;
      expect(source.operations.map(({ name }) => name)).toEqual(declared.map(({ name }) => name));
      expect(source.operations.map(({ verdictOnly }) => verdictOnly)).toEqual(
        declared.map(({ verdictOnly }) => verdictOnly),
      );
      expect(source.openapi).toMatchObject({ document: '/docs-json', tag: source.name });
    }
    const document = (await get('/docs-json')).body as {
      paths: Record<string, { post?: { operationId: string; tags: string[] } }>;
    };
    for (const source of sources) {
      for (const operation of source.operations) {
        // The catalogue's path and operation id are those of the OpenAPI document.
        expect(document.paths[operation.path]?.post).toMatchObject({
          operationId: operation.operationId,
          tags: [source.openapi.tag],
        });
      }
    }
  });

  it('tells the caller which operations it may use, and under which procedures', async () => {
    const sources = (await get('/v1/sources', 'narrow')).body.sources as CatalogueSource[];
    const [first, ...others] = sources;
    const granted = first.operations.find(({ name }) => name === GRANTED.name)!;
    expect(granted.allowed).toBe(true);
    expect(granted.procedures).toContain(E2E_PROCEDURE);
    const notGranted = first.operations.find(({ name }) => name === NOT_GRANTED.name)!;
    expect(notGranted).toMatchObject({ allowed: false, procedures: [] });
    expect(first.allowed).toBe(true);
    for (const other of others) {
      expect(other.allowed).toBe(false);
      expect(other.operations.every(({ allowed }) => !allowed)).toBe(true);
    }
    const ops = (await get('/v1/sources', 'ops')).body.sources as CatalogueSource[];
    expect(ops.every(({ allowed }) => !allowed)).toBe(true);
  });

  it("shows each connector's status, as health sees it", async () => {
    const statuses = async () =>
      ((await get('/v1/sources', 'ops')).body.sources as CatalogueSource[]).map(
        ({ status }) => status,
      );
    const seen = await eventually(
      statuses,
      (each) => each.every((status) => status === 'up'),
      15_000,
    );
    expect(seen).toEqual(SOURCE_REGISTRY.map(() => 'up'));
  });

  it('answers one source, and 404 NOT_FOUND for a source there is not', async () => {
    const one = await get(`/v1/sources/${FIRST.name}`, 'narrow');
    expect(one.status).toBe(200);
    expect(one.body.name).toBe(FIRST.name);
    const none = await get('/v1/sources/no-such-source', 'narrow');
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('NOT_FOUND');
  });
});

import { readFileSync } from 'node:fs';
import { AsyncAPIDocumentInterface, Diagnostic, Parser } from '@asyncapi/parser';
import { NestFactory } from '@nestjs/core';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import {
  adapterGrants,
  defineSource,
  HEALTH_CHECK_OPERATION,
  KafkaHeader,
  operation,
  SOURCE_REGISTRY,
  SourceName,
  topicPlan,
} from '@interop/contracts';
import { loadConfig } from '@interop/platform';
import request from 'supertest';
import { parse } from 'yaml';
import { GatewayConfig } from '../apps/gateway/src/config/gateway.config';
import { GatewayModule } from '../apps/gateway/src/gateway.module';
import { setupSwagger } from '../apps/gateway/src/http/swagger';
import { asyncApiSchema } from '../scripts/asyncapi/model-schemas';
import { ASYNCAPI_FILE, contractInputs, renderAsyncApi } from '../scripts/asyncapi/render-asyncapi';

/**
 * docs/asyncapi.yaml, the AsyncAPI document of the Kafka interface: generated from libs/contracts
 * by `npm run derive`, and read by the AsyncAPI parser. No broker is needed.
 */
const ASYNCAPI = readFileSync(ASYNCAPI_FILE, 'utf8');

const ERROR = 0;
const WARNING = 1;
const serious = (diagnostics: Diagnostic[]) =>
  diagnostics
    .filter(({ severity }) => severity === ERROR || severity === WARNING)
    .map(({ code, message, path: at }) => `${code}: ${message} at ${at.join('.')}`);

/** The first line where two texts part, to say where the committed file is stale. */
function firstDifference(committed: string, rendered: string): string {
  const [old, made] = [committed.split('\n'), rendered.split('\n')];
  const line = old.findIndex((text, index) => text !== made[index]);
  const at = line === -1 ? old.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(old[at])}, generated ${JSON.stringify(made[at])}`;
}

/** Each channel address, as a pattern: a parameter ({caller}) stands for one dot-free segment. */
function addressPatterns(document: AsyncAPIDocumentInterface): RegExp[] {
  return document
    .channels()
    .all()
    .flatMap((channel) => channel.address() ?? [])
    .map(
      (address) => new RegExp(`^${address.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[\\w-]+')}$`),
    );
}

const messageNames = (document: AsyncAPIDocumentInterface) =>
  document
    .messages()
    .all()
    .map((message) => message.name());

describe('docs/asyncapi.yaml', () => {
  const parser = new Parser();
  let document: AsyncAPIDocumentInterface;

  beforeAll(async () => {
    document = (await parser.parse(ASYNCAPI)).document!;
  });

  it('is what `npm run derive` writes from libs/contracts', async () => {
    const rendered = await renderAsyncApi();
    if (rendered !== ASYNCAPI) {
      throw new Error(
        `docs/asyncapi.yaml is stale: run npm run derive and commit it ` +
          `(${firstDifference(ASYNCAPI, rendered)})`,
      );
    }
  });

  it('is a valid AsyncAPI document, without errors or warnings', async () => {
    const { document, diagnostics } = await parser.parse(ASYNCAPI);
    expect(serious(diagnostics)).toEqual([]);
    expect(document).toBeDefined();
  });

  it('is read by a parser that does reject a broken document', async () => {
    const broken = ASYNCAPI.replace(
      "$ref: '#/components/schemas/DossierCheckResult'",
      "$ref: '#/components/schemas/NoSuchSchema'",
    );
    const { document, diagnostics } = await parser.parse(broken);
    expect(document).toBeUndefined();
    expect(serious(diagnostics).join('\n')).toContain('NoSuchSchema');
  });

  it('has a channel for every topic the project plans, and none for a topic it does not', () => {
    const patterns = addressPatterns(document);
    const planned = topicPlan({}).map(({ topic }) => topic);
    for (const topic of planned) {
      expect([topic, patterns.some((pattern) => pattern.test(topic))]).toEqual([topic, true]);
    }
    for (const pattern of patterns) {
      expect([pattern, planned.some((topic) => pattern.test(topic))]).toEqual([pattern, true]);
    }
  });

  it('has a request and a reply message for every operation of every source', () => {
    const names = messageNames(document);
    const operations = [
      ...SOURCE_REGISTRY.flatMap((source) => source.operations.map(({ name }) => name)),
      HEALTH_CHECK_OPERATION,
    ];
    for (const operation of operations) {
      expect(names).toContain(operation);
      expect(names).toContain(`${operation} reply`);
    }
    expect(names).toEqual(expect.arrayContaining(['intake request', 'intake reply']));
  });

  it('documents every request header of the contract', () => {
    const headers = document.components().schemas().get('RequestHeaders')!;
    const documented = Object.keys(headers.properties() ?? {});
    const contract = Object.values(KafkaHeader).filter(
      (name) => name !== KafkaHeader.ReplyComplete,
    );
    expect(documented.sort()).toEqual([...contract].sort());
  });
});

describe("docs/asyncapi.yaml's schemas", () => {
  let openApi: Record<string, Record<string, unknown>>;
  let asyncApi: Record<string, unknown>;

  beforeAll(async () => {
    // Preview mode builds the module graph without instantiating providers: no Kafka needed.
    const config = loadConfig(GatewayConfig, { AUDIT_SUBJECT_KEY: 'k'.repeat(64) });
    const app = await NestFactory.create(GatewayModule.forRoot(config), {
      preview: true,
      logger: false,
    });
    setupSwagger(app);
    await app.init();
    const document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
    await app.close();
    openApi = document.components.schemas;
    asyncApi = parse(ASYNCAPI).components.schemas;
  });

  it("are the gateway's OpenAPI schemas of the same classes, in JSON Schema's words", () => {
    const classes = SOURCE_REGISTRY.flatMap(({ operations }) =>
      operations.flatMap(({ request, response }) => [request.name, response.name]),
    );
    const shared = Object.keys(openApi).filter((name) => name in asyncApi);
    expect(shared).toEqual(expect.arrayContaining([...classes, 'DossierCheckRequestDto']));
    for (const name of shared) {
      expect([name, asyncApi[name]]).toEqual([name, asyncApiSchema(name, openApi[name])]);
    }
  });
});

describe('the AsyncAPI renderer', () => {
  class ParcelQueryDto {
    @ApiProperty({ example: '01-00004-123', description: 'Province, commune and parcel number' })
    @Matches(/^\d{2}-\d{5}-\d{1,6}$/)
    parcelId: string;
  }

  class ParcelModel {
    @ApiProperty({ example: '01-00004-123' })
    parcelId: string;
    @ApiProperty({ example: 120.5, description: 'Square metres' })
    area: number;
  }

  const LAND_SOURCE = defineSource({
    name: 'land',
    title: 'Land registry',
    description: 'Parcels from the land registry.',
    protocol: 'rest',
    critical: false,
    latencyObjectiveMs: 1000,
    operations: [
      operation({
        name: 'parcel.lookup',
        path: 'parcel-lookups',
        summary: 'A parcel by its number',
        request: ParcelQueryDto,
        response: ParcelModel,
        keyField: 'parcelId',
        verdictOnly: false,
      }),
    ],
  });

  it('documents a new source from its descriptor alone, with no edit of the document', async () => {
    const contracts = contractInputs();
    const rendered = await renderAsyncApi({
      ...contracts,
      sources: [...contracts.sources, LAND_SOURCE],
      grants: [...contracts.grants, ...adapterGrants(LAND_SOURCE.name as SourceName)],
    });
    const { document, diagnostics } = await new Parser().parse(rendered);
    expect(serious(diagnostics)).toEqual([]);

    const requests = document!.channels().get('landRequests')!;
    expect(requests.address()).toBe('interop.land.requests');
    // Read off the grants given: here the adapter's, and none of the gateway's.
    expect(requests.json('x-acl')).toBe('write: admin only; read: land-adapter');
    expect(
      requests
        .messages()
        .all()
        .map((message) => message.name()),
    ).toEqual(['parcel.lookup', HEALTH_CHECK_OPERATION]);
    for (const id of ['gatewayLandReplies', 'landDeadLetters']) {
      expect(document!.channels().get(id)).toBeDefined();
    }
    expect(messageNames(document!)).toContain('parcel.lookup reply');

    const lookup = document!.components().messages().get('LandParcelLookupRequest')!;
    expect(lookup.bindings().get('kafka')!.value().key).toMatchObject({
      type: 'string',
      pattern: '^\\d{2}-\\d{5}-\\d{1,6}$',
    });
    const payload = document!.components().schemas().get('ParcelQueryDto')!.json();
    expect(payload).toMatchObject({ required: ['parcelId'], additionalProperties: false });
    expect(document!.components().schemas().get('SourceName')!.enum()).toContain('land');
  });

  it("keeps two sources' operations of the same name apart", async () => {
    const FOREST_SOURCE = defineSource({
      ...LAND_SOURCE,
      name: 'forest',
      title: 'Forest register',
    });
    const contracts = contractInputs();
    const rendered = await renderAsyncApi({
      ...contracts,
      sources: [...contracts.sources, LAND_SOURCE, FOREST_SOURCE],
      grants: [
        ...contracts.grants,
        ...adapterGrants(LAND_SOURCE.name as SourceName),
        ...adapterGrants(FOREST_SOURCE.name as SourceName),
      ],
    });
    const { document, diagnostics } = await new Parser().parse(rendered);
    expect(serious(diagnostics)).toEqual([]);
    const messages = document!.components().messages();
    for (const name of ['LandParcelLookupRequest', 'ForestParcelLookupRequest']) {
      expect(messages.get(name)).toBeDefined();
    }
    // The requester's replies channel carries each source's reply, neither in place of the other.
    const replies = document!.channels().get('replies')!.messages();
    expect(replies.get('landParcelLookupReply')!.id()).not.toBe(
      replies.get('forestParcelLookupReply')!.id(),
    );
    for (const source of ['land', 'forest']) {
      expect(document!.channels().get(`${source}Requests`)).toBeDefined();
    }
  });
});

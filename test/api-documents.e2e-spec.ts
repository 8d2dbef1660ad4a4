import { readFileSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Diagnostic, Parser } from '@asyncapi/parser';
import { NestFactory } from '@nestjs/core';
import {
  BusinessRegistryOperation,
  CivilStatusOperation,
  HEALTH_CHECK_OPERATION,
  KafkaHeader,
  PopulationOperation,
  SOURCE_REGISTRY,
  topicPlan,
  validateContract,
} from '@interop/contracts';
import { loadConfig } from '@interop/platform';
import { GatewayConfig } from '../apps/gateway/src/config/gateway.config';
import { GatewayModule } from '../apps/gateway/src/gateway.module';
import { setupSwagger } from '../apps/gateway/src/http/swagger';
import request from 'supertest';
import { fuzzValue, PropertySchema, seeded, withoutRules } from './support/schema-fuzzer';

/**
 * The two public API documents, read by real parsers: the AsyncAPI document of the Kafka
 * interface (docs/asyncapi.yaml) and the OpenAPI document the gateway generates from its DTOs.
 * Neither needs a broker.
 */
const ASYNCAPI = readFileSync(path.resolve(__dirname, '../docs/asyncapi.yaml'), 'utf8');

const ERROR = 0;
const WARNING = 1;
const serious = (diagnostics: Diagnostic[]) =>
  diagnostics
    .filter(({ severity }) => severity === ERROR || severity === WARNING)
    .map(({ code, message, path: at }) => `${code}: ${message} at ${at.join('.')}`);

describe('docs/asyncapi.yaml', () => {
  const parser = new Parser();

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

  it('has a channel for every topic the project plans', async () => {
    const { document } = await parser.parse(ASYNCAPI);
    const addresses = document!
      .channels()
      .all()
      .map((channel) => channel.address());
    // A parameter ({caller}) stands for one dot-free name segment.
    const patterns = addresses
      .flatMap((address) => (address ? [address] : []))
      .map(
        (address) =>
          new RegExp(`^${address.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[\\w-]+')}$`),
      );
    for (const { topic } of topicPlan({})) {
      expect([topic, patterns.some((pattern) => pattern.test(topic))]).toEqual([topic, true]);
    }
  });

  it('has a message for every operation of every source', async () => {
    const { document } = await parser.parse(ASYNCAPI);
    const names = document!
      .messages()
      .all()
      .map((message) => message.name());
    const operations = [
      ...Object.values(PopulationOperation),
      ...Object.values(CivilStatusOperation),
      ...Object.values(BusinessRegistryOperation),
      HEALTH_CHECK_OPERATION,
      'intake request',
    ];
    for (const operation of operations) expect(names).toContain(operation);
    for (const operation of operations.filter((name) => name !== 'intake request')) {
      expect(names).toContain(`${operation} reply`);
    }
    expect(names).toContain('intake reply');
  });

  it('documents every request header of the contract', async () => {
    const { document } = await parser.parse(ASYNCAPI);
    const headers = document!.components().schemas().get('RequestHeaders')!;
    const documented = Object.keys(headers.properties() ?? {});
    const contract = Object.values(KafkaHeader).filter(
      (name) => name !== KafkaHeader.ReplyComplete,
    );
    expect(documented.sort()).toEqual([...contract].sort());
  });
});

describe("the gateway's OpenAPI document", () => {
  let document: object;

  beforeAll(async () => {
    // Preview mode builds the module graph without instantiating providers: no Kafka needed.
    const config = loadConfig(GatewayConfig, { AUDIT_SUBJECT_KEY: 'k'.repeat(64) });
    const app = await NestFactory.create(GatewayModule.forRoot(config), {
      preview: true,
      logger: false,
    });
    setupSwagger(app);
    await app.init();
    document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
    await app.close();
  });

  it('is a valid OpenAPI document', async () => {
    const validated = await SwaggerParser.validate(structuredClone(document) as never);
    expect(validated.info.title).toBe('Interoperability gateway');
  });

  it('describes POST /v1/dossier-checks with its body and result document', async () => {
    const api = await SwaggerParser.dereference(structuredClone(document) as never);
    // A dereferenced document has no $ref left: walk it as plain JSON.
    const operation = JSON.parse(JSON.stringify(api.paths?.['/v1/dossier-checks']?.post));
    const body = operation.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['dossierId', 'procedureCode', 'applicant']);
    expect(Object.keys(body.properties.applicant.properties)).toEqual([
      'personalId',
      'fullName',
      'dateOfBirth',
      'gender',
      'permanentAddress',
    ]);
    const result = operation.responses['200'].content['application/json'].schema.properties.data;
    expect(result.properties.verdict.enum).toEqual(['VERIFIED', 'DISCREPANCIES', 'INCOMPLETE']);
    expect(Object.keys(result.properties.claims.properties)).toEqual([
      'applicant',
      'maritalStatus',
      'enterprise',
    ]);
    const headers = operation.parameters.map((parameter: { name: string }) => parameter.name);
    expect(headers).toEqual(
      expect.arrayContaining(['X-Requester', 'X-Officer-Id', 'X-Procedure-Code']),
    );
  });

  it('states the security of every operation: either credential on /v1 and the connector detail, none on the open routes', async () => {
    const api = document as {
      components: { securitySchemes: Record<string, object> };
      paths: Record<string, Record<string, { security?: object[]; responses: object }>>;
    };
    expect(api.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      'api-key': { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
    });
    const operations = Object.entries(api.paths).flatMap(([path, methods]) =>
      Object.values(methods).map((operation) => ({ path, operation })),
    );
    const secured = operations.filter(({ path }) => path.startsWith('/v1/') || path === '/health');
    expect(secured.length).toBeGreaterThanOrEqual(10);
    for (const { operation } of secured) {
      expect(operation.security).toEqual([{ bearer: [] }, { 'api-key': [] }]);
    }
    const catalogue = ({ path }: { path: string }) => path.startsWith('/v1/sources');
    for (const { path, operation } of operations.filter(catalogue)) {
      expect([path, Object.keys(operation.responses)]).toEqual([
        path,
        expect.arrayContaining(['200', '401']),
      ]);
    }
    const asking = operations.filter(({ path }) => path.startsWith('/v1/') && !catalogue({ path }));
    for (const { path, operation } of asking) {
      expect([path, Object.keys(operation.responses)]).toEqual([
        path,
        expect.arrayContaining(['200', '400', '401', '403', '429']),
      ]);
    }
    for (const open of ['/health/live', '/health/ready']) {
      expect(api.paths[open].get.security).toBeUndefined();
    }
  });

  interface DocumentedOperation {
    operationId: string;
    summary: string;
    tags: string[];
    'x-verdict-only': boolean;
    requestBody: { content: { 'application/json': { schema: { properties: object } } } };
    responses: Record<string, { content?: { 'application/json': { schema: object } } }>;
  }

  const sourceOperations = async () => {
    const api = JSON.parse(
      JSON.stringify(await SwaggerParser.dereference(structuredClone(document) as never)),
    ) as { paths: Record<string, { post?: DocumentedOperation }> };
    return SOURCE_REGISTRY.flatMap((source) =>
      source.operations.map((operation) => ({
        source,
        operation,
        documented: api.paths[`/v1/${source.name}/${operation.path}`]?.post,
      })),
    );
  };

  it('has a route for every operation of every source of the registry, as its descriptor says', async () => {
    for (const { source, operation, documented } of await sourceOperations()) {
      expect(documented).toMatchObject({
        summary: operation.summary,
        tags: [source.name],
        'x-verdict-only': operation.verdictOnly,
      });
      const data = documented!.responses['200'].content!['application/json'].schema as {
        properties: { data: object; meta: object };
      };
      expect(Object.keys(data.properties)).toEqual(['data', 'meta']);
      expect(documented!.requestBody.content['application/json'].schema).toBeDefined();
    }
  });

  // Rules no JSON Schema keyword can state: a check digit, a date not in the future, a date of
  // birth that must agree with the year the identification number encodes. A fuzzer's value
  // for these fields is refused more often, and the field descriptions say why.
  const BEYOND_A_SCHEMA: Record<string, number> = {
    'enterprise.lookup enterpriseCode': 0.05,
    'citizen.lookup personalId': 0,
    'citizen.lookup dateOfBirth': 0,
    'citizen.verify personalId': 0,
    'citizen.verify dateOfBirth': 0,
  };

  it("states the rules each field's validators enforce: a fuzzer driven by the document gets its requests taken", async () => {
    const random = seeded(20261202);
    const rates: Record<string, { stated: number; unstated: number }> = {};
    for (const { operation, documented } of await sourceOperations()) {
      const properties = documented!.requestBody.content['application/json'].schema
        .properties as Record<string, PropertySchema>;
      const example = Object.fromEntries(
        Object.entries(properties).map(([name, schema]) => [name, schema.example]),
      );
      expect(validateContract(operation.request, example)).toMatchObject({ ok: true });
      for (const [name, schema] of Object.entries(properties)) {
        const acceptance = (fieldSchema: PropertySchema) => {
          let taken = 0;
          for (let round = 0; round < 200; round++) {
            const body = { ...example, [name]: fuzzValue(fieldSchema, random) };
            if (validateContract(operation.request, body).ok) taken++;
          }
          return taken / 200;
        };
        rates[`${operation.name} ${name}`] = {
          stated: acceptance(schema),
          unstated: acceptance(withoutRules(schema)),
        };
      }
    }
    const statable = Object.entries(rates).filter(([field]) => !(field in BEYOND_A_SCHEMA));
    const mean = (key: 'stated' | 'unstated') =>
      statable.reduce((sum, [, rate]) => sum + rate[key], 0) / statable.length;
    console.log(
      `fuzzed request fields taken: ${(mean('stated') * 100).toFixed(0)}% with the rules stated, ` +
        `${(mean('unstated') * 100).toFixed(0)}% without\n` +
        Object.entries(rates)
          .map(([field, rate]) => `  ${field}: ${rate.stated} / ${rate.unstated}`)
          .join('\n'),
    );
    // What the rules are worth to a client: without them, nearly every value is refused.
    expect(mean('stated')).toBeGreaterThan(0.8);
    expect(mean('unstated')).toBeLessThan(0.2);
    for (const [field, { stated }] of Object.entries(rates)) {
      expect([field, stated >= (BEYOND_A_SCHEMA[field] ?? 0.5)]).toEqual([field, true]);
    }
  });
});

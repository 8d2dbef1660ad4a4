import SwaggerParser from '@apidevtools/swagger-parser';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@interop/platform';
import { GatewayConfig } from '../apps/gateway/src/config/gateway.config';
import { GatewayModule } from '../apps/gateway/src/gateway.module';
import { setupSwagger } from '../apps/gateway/src/http/swagger';
import request from 'supertest';

/**
 * The OpenAPI document the gateway generates from its DTOs, read by a real validator. It needs
 * no broker. The AsyncAPI document of the Kafka interface has its own tests (asyncapi.e2e-spec.ts).
 */

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
    for (const { path, operation } of operations.filter(({ path }) => path.startsWith('/v1/'))) {
      expect([path, Object.keys(operation.responses)]).toEqual([
        path,
        expect.arrayContaining(['200', '400', '401', '403', '429']),
      ]);
    }
    for (const open of ['/health/live', '/health/ready']) {
      expect(api.paths[open].get.security).toBeUndefined();
    }
  });
});

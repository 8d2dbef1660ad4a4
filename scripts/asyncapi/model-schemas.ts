import { Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { schemasWithValidatorRules, validatorSchemas } from '@interop/contracts';
import { Json } from './document-parts';

@Module({})
class DocumentedModelsModule {}

/**
 * The schemas the gateway's OpenAPI document gives `models` and every class they refer to, by
 * class name: read off their `@ApiProperty` metadata by @nestjs/swagger itself, with the rules of
 * their validators, as the gateway's document has them.
 */
export async function openApiSchemas(models: readonly Type[]): Promise<Record<string, Json>> {
  // Preview mode builds no provider; the app exists only for the document builder.
  const app = await NestFactory.create(DocumentedModelsModule, { preview: true, logger: false });
  try {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build(), {
      extraModels: [...models],
    });
    return schemasWithValidatorRules(document.components?.schemas ?? {}) as Record<string, Json>;
  } finally {
    await app.close();
  }
}

/** OpenAPI's `example`, in JSON Schema's words: `examples`, a list. */
function withExamples(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withExamples);
  if (typeof schema !== 'object' || schema === null) return schema;
  const entries = Object.entries(schema).map(([keyword, value]) =>
    keyword === 'example' ? ['examples', [value]] : [keyword, withExamples(value)],
  );
  return Object.fromEntries(entries);
}

/**
 * An OpenAPI schema of the class `name` as an AsyncAPI (JSON Schema) one. A class with validators
 * is a contract checked on receipt, which refuses properties it does not name.
 */
export function asyncApiSchema(name: string, schema: Json): Json {
  const validated = name in validatorSchemas();
  return { ...(withExamples(schema) as Json), ...(validated && { additionalProperties: false }) };
}

/** The schemas of `models` and of every class they refer to, by class name. */
export async function modelSchemas(models: readonly Type[]): Promise<Record<string, Json>> {
  const schemas = Object.entries(await openApiSchemas(models));
  return Object.fromEntries(schemas.map(([name, schema]) => [name, asyncApiSchema(name, schema)]));
}

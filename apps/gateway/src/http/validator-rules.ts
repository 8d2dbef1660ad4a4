import { OpenAPIObject } from '@nestjs/swagger';
import { JsonSchema, validatorSchemas } from '@interop/contracts';

/** What a validator enforces on a value, in the keywords OpenAPI shares with JSON Schema. */
const RULE_KEYWORDS = [
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'enum',
  'format',
  'minItems',
  'maxItems',
] as const;

type Schema = Record<string, unknown>;

function withRules(documented: Schema, enforced: Schema): Schema {
  const rules = Object.fromEntries(
    RULE_KEYWORDS.filter((keyword) => enforced[keyword] !== undefined).map((keyword) => [
      keyword,
      enforced[keyword],
    ]),
  );
  // An integer rule narrows the `number` a TypeScript field is documented as.
  const type = enforced.type === 'integer' && documented.type === 'number' ? 'integer' : undefined;
  return { ...documented, ...rules, ...(type && { type }) };
}

function ruledProperties(documented: Schema, enforced: JsonSchema): Schema {
  const properties = documented.properties as Record<string, Schema> | undefined;
  if (!properties || !enforced.properties) return documented;
  const ruled = Object.entries(properties).map(([name, property]) => {
    const rules = enforced.properties![name];
    return [name, rules ? withRules(property, rules) : property];
  });
  return { ...documented, properties: Object.fromEntries(ruled) };
}

/**
 * The document with each DTO field's schema carrying the rules its validators enforce — read off
 * the class-validator metadata, so that the document cannot promise less than is refused.
 */
export function withValidatorRules(document: OpenAPIObject): OpenAPIObject {
  const enforced = validatorSchemas();
  const schemas = document.components?.schemas ?? {};
  const ruled = Object.entries(schemas).map(([name, schema]) => [
    name,
    enforced[name] ? ruledProperties(schema as Schema, enforced[name]) : schema,
  ]);
  return {
    ...document,
    components: { ...document.components, schemas: Object.fromEntries(ruled) },
  };
}

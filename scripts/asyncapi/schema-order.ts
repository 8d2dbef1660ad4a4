import { Json } from './document-parts';

/** Keywords in the order a reader wants them: what a value is, then what it holds. */
const KEYWORDS = [
  '$ref',
  'allOf',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'default',
  'description',
  'examples',
  'required',
  'properties',
  'items',
  'additionalProperties',
  'oneOf',
];

const rank = (keyword: string) =>
  KEYWORDS.includes(keyword) ? KEYWORDS.indexOf(keyword) : KEYWORDS.length;

function tidyValue(keyword: string, value: unknown): unknown {
  if (keyword === 'properties') {
    const properties = Object.entries(value as Record<string, Json>);
    return Object.fromEntries(properties.map(([name, schema]) => [name, tidySchema(schema)]));
  }
  if (['allOf', 'oneOf', 'anyOf'].includes(keyword)) return (value as Json[]).map(tidySchema);
  if (['items', 'additionalProperties', 'not'].includes(keyword) && typeof value === 'object') {
    return tidySchema(value as Json);
  }
  return value;
}

/** A schema with its keywords, and its subschemas', in one order, however it was made. */
export function tidySchema(schema: Json): Json {
  const keywords = Object.keys(schema).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(
    keywords.map((keyword) => [keyword, tidyValue(keyword, schema[keyword])]),
  );
}

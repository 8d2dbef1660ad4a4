import RandExp from 'randexp';

/** A property's schema, as an OpenAPI document states it. */
export interface PropertySchema {
  type?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  example?: unknown;
}

/** A seeded generator, so that a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const between = (random: () => number, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));

const ANY_CHARACTERS = 'aZ09 -_./:ăêờ\u0000\t😀';

/**
 * A value an API fuzzer would generate from the schema, honouring exactly the rules it states and
 * nothing else: what a client learns from the document.
 */
export function fuzzValue(schema: PropertySchema, random: () => number): unknown {
  if (schema.enum) return schema.enum[between(random, 0, schema.enum.length - 1)];
  if (schema.type === 'integer' || schema.type === 'number') {
    const value = between(random, schema.minimum ?? -1_000_000, schema.maximum ?? 1_000_000);
    return schema.type === 'integer' ? value : value + (random() < 0.5 ? 0.5 : 0);
  }
  if (schema.type === 'boolean') return random() < 0.5;
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? minLength + 40;
  if (schema.pattern) {
    const generator = new RandExp(schema.pattern);
    generator.randInt = (low, high) => between(random, low, high);
    generator.max = Math.min(maxLength, 20);
    for (let tries = 0; tries < 50; tries++) {
      const value = generator.gen();
      if (value.length >= minLength && value.length <= maxLength) return value;
    }
    return generator.gen();
  }
  const length = between(random, minLength, maxLength);
  return Array.from(
    { length },
    () => ANY_CHARACTERS[between(random, 0, ANY_CHARACTERS.length - 1)],
  ).join('');
}

/** The schema stripped of every rule: what a document that states none lets a fuzzer send. */
export function withoutRules({ type, example }: PropertySchema): PropertySchema {
  return { type, example };
}

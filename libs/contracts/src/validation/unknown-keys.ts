import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage } from 'class-validator';
import { FieldError } from '../errors/field-error';

// The store behind @Type(): class-transformer exports it from this file only (as Nest does).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};

type Contract = new () => object;

function declaredProperties(contract: Contract): Set<string> {
  const rules = getMetadataStorage().getTargetValidationMetadatas(contract, '', true, false);
  return new Set(rules.map((rule) => rule.propertyName));
}

function nestedContract(contract: Contract, property: string): Contract | undefined {
  const type = defaultMetadataStorage.findTypeMetadata(contract, property);
  const nested = type?.typeFunction() as Contract | undefined;
  return typeof nested === 'function' && nested !== Object ? nested : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface KeySplit {
  /** One error per key the contract does not declare, at any depth, with its dotted path. */
  errors: FieldError[];
  /** A copy of the value with only the declared keys, for class-transformer to read safely. */
  known: unknown;
}

/**
 * Splits a plain value's keys into those its contract declares and the others. class-transformer
 * silently drops keys such as `__proto__` or `toString` before class-validator's whitelist sees
 * them, and cannot read an own `constructor` object, so the check runs on the value as received.
 */
export function splitUnknownKeys(contract: Contract, plain: unknown, prefix = ''): KeySplit {
  if (!isRecord(plain)) return { errors: [], known: plain };
  const declared = declaredProperties(contract);
  const errors: FieldError[] = [];
  const known: Record<string, unknown> = {};
  for (const key of Object.keys(plain)) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (!declared.has(key)) {
      errors.push({ field, message: `property ${key} should not exist` });
      continue;
    }
    const nested = nestedContract(contract, key);
    const value = plain[key];
    if (!nested) {
      known[key] = value;
    } else if (Array.isArray(value)) {
      const items = value.map((item, index) => splitUnknownKeys(nested, item, `${field}.${index}`));
      errors.push(...items.flatMap((item) => item.errors));
      known[key] = items.map((item) => item.known);
    } else {
      const split = splitUnknownKeys(nested, value, field);
      errors.push(...split.errors);
      known[key] = split.known;
    }
  }
  return { errors, known };
}

/** Every key of a plain value that its contract does not declare, at any depth. */
export function unknownKeys(contract: Contract, plain: unknown): FieldError[] {
  return splitUnknownKeys(contract, plain).errors;
}

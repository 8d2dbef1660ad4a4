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

/**
 * Every key of a plain value that its contract does not declare, at any depth. class-transformer
 * silently drops keys such as `__proto__`, `constructor` or `toString` before class-validator's
 * whitelist sees them, so the check runs on the value as it was received.
 */
export function unknownKeys(contract: Contract, plain: unknown, prefix = ''): FieldError[] {
  if (!isRecord(plain)) return [];
  const declared = declaredProperties(contract);
  return Object.keys(plain).flatMap((key) => {
    const field = prefix ? `${prefix}.${key}` : key;
    if (!declared.has(key)) return [{ field, message: `property ${key} should not exist` }];
    const nested = nestedContract(contract, key);
    if (!nested) return [];
    const value = plain[key];
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, index) =>
      unknownKeys(nested, item, Array.isArray(value) ? `${field}.${index}` : field),
    );
  });
}

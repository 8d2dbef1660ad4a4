import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { FieldError } from '../errors/field-error';
import { splitUnknownKeys } from './unknown-keys';

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Flattens class-validator's tree into one entry per failed constraint, with dotted field paths. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export interface ContractOptions {
  /** Ignore properties the contract does not name (Kafka headers may carry others). */
  allowUnknown?: boolean;
}

/**
 * Checks a plain value against a contract class exactly as the gateway's ValidationPipe checks an
 * HTTP body: unknown properties are errors unless allowed. Used wherever a message enters a process.
 */
export function validateContract<T extends object>(
  contract: new () => T,
  plain: unknown,
  options: ContractOptions = {},
): Validated<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return { ok: false, errors: [{ field: '', message: 'must be a JSON object' }] };
  }
  // Unknown keys are taken out first, on the value as received: class-transformer drops some
  // (`__proto__`) unseen and cannot read others (an own `constructor` object).
  const { errors: unknown, known } = options.allowUnknown
    ? { errors: [], known: plain }
    : splitUnknownKeys(contract, plain);
  let value: T;
  try {
    value = plainToInstance(contract, known);
  } catch {
    return { ok: false, errors: [{ field: '', message: 'cannot be read as this contract' }] };
  }
  const errors = [...unknown, ...toFieldErrors(validateSync(value, { whitelist: true }))];
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors };
}

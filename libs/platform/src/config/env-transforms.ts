import { TransformFnParams } from 'class-transformer';

/** `a, b,c` → `['a', 'b', 'c']`; for list-valued variables. */
export function commaSeparated({ value }: TransformFnParams): unknown {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;
}

/**
 * `true` or `false`, from the raw variable: implicit conversion would read any non-empty text,
 * `false` included, as true. Anything else is left for the validator to name.
 */
export function booleanFlag({ obj, key }: TransformFnParams): unknown {
  const raw: unknown = obj[key];
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return raw;
}

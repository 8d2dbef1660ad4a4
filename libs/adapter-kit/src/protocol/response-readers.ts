import { Outcome, succeed } from '../source-adapter/outcome';
import { ResponseReader, UpstreamResponse } from '../upstream/upstream-client';
import { Mapped } from './mapped';
import { UpstreamErrorTable } from './upstream-error-table';

/**
 * Reads an upstream's answers with `read`, and every other response through the error table.
 * `record` names what a query asks for, in a NOT_FOUND's message: `birth registration`.
 */
export function readAnswer<T>(
  errors: UpstreamErrorTable,
  read: (response: UpstreamResponse) => Outcome<T>,
  record?: string,
): ResponseReader<T> {
  return (response) =>
    errors.isAnswer(response.status)
      ? read(response)
      : errors.failureOf(response.status, undefined, record);
}

export interface JsonAnswerOptions {
  /** What the upstream's statuses and fault codes mean. */
  errors: UpstreamErrorTable;
  /** What a query asks for, in a NOT_FOUND's message: `birth registration`. */
  record?: string;
}

/**
 * Reads a JSON upstream: an answer's body through `map`, an error body for its fault code. The
 * body is asked for as text (`responseType: 'text'`) and parsed here, so that a body cut short
 * is told apart from a JSON value.
 */
export function readJsonAnswer<T>(
  map: (body: unknown) => Mapped<T>,
  { errors, record }: JsonAnswerOptions,
): ResponseReader<T> {
  return ({ status, data }) => {
    const body = parseJson(data);
    if (!errors.isAnswer(status)) return errors.failureOf(status, body?.value, record);
    if (!body) return errors.invalid(['the body is not JSON'], 'something that is not JSON');
    const mapped = map(body.value);
    return mapped.ok ? succeed(mapped.value) : errors.invalid(mapped.problems);
  };
}

function parseJson(data: unknown): { value: unknown } | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    return { value: JSON.parse(data) };
  } catch {
    return undefined;
  }
}

import { ErrorCode } from '@interop/contracts';

export interface Success<T> {
  ok: true;
  value: T;
}

/** An expected failure, carried as a value up to the reply (STYLE #8). */
export interface Failure {
  ok: false;
  code: ErrorCode;
  /** For the requester and the logs: never personal data. */
  message: string;
  details?: unknown;
}

export type Outcome<T> = Success<T> | Failure;

export function succeed<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): Failure {
  return details === undefined
    ? { ok: false, code, message }
    : { ok: false, code, message, details };
}

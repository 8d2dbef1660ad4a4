import { ErrorCode, RETRYABLE } from '../errors/error-code';
import { SourceName } from '../kafka/sources';

export interface ReplyMeta {
  source: SourceName;
  /** ISO timestamp of when the source's data was read. */
  fetchedAt: string;
  cached: boolean;
  durationMs: number;
  /** Set, to true, by the gateway when the caller's grant withheld fields (data minimisation). */
  narrowed?: boolean;
}

export interface ReplyError {
  code: ErrorCode;
  message: string;
  retryable: boolean;
  details?: unknown;
}

export interface OkReply<T> {
  ok: true;
  data: T;
  meta: ReplyMeta;
}

export interface ErrorReply {
  ok: false;
  error: ReplyError;
}

/** A reply is a value, not an exception: either data with provenance, or a coded error. */
export type Reply<T> = OkReply<T> | ErrorReply;

export function okReply<T>(data: T, meta: ReplyMeta): OkReply<T> {
  return { ok: true, data, meta };
}

export function errorReply(code: ErrorCode, message: string, details?: unknown): ErrorReply {
  const error: ReplyError = { code, message, retryable: RETRYABLE[code] };
  if (details !== undefined) error.details = details;
  return { ok: false, error };
}

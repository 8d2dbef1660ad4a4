import { Failure, Success } from '../source-adapter/outcome';

/** A failed attempt at the upstream, with what the retry policy needs to know about it. */
export interface AttemptFailure extends Failure {
  /** Another attempt may succeed: network errors, timeouts, 429, 502-504. */
  transient?: boolean;
  /** How long the upstream asked us to wait (Retry-After), in milliseconds. */
  retryAfterMs?: number;
}

export type AttemptOutcome<T> = Success<T> | AttemptFailure;

/** The failure as the adapter and the requester see it, without the retry bookkeeping. */
export function settledFailure({ code, message, details }: AttemptFailure): Failure {
  return details === undefined
    ? { ok: false, code, message }
    : { ok: false, code, message, details };
}

import { AxiosError, AxiosResponse } from 'axios';
import { ErrorCode } from '@interop/contracts';
import { UpstreamErrorTable } from '../protocol/upstream-error-table';
import { AttemptFailure } from './attempt-failure';

/** ERR_CANCELED is our own abort when an attempt's time is up; the others are axios's timeouts. */
const TIMEOUT_CODES = new Set(['ERR_CANCELED', 'ECONNABORTED', 'ETIMEDOUT']);
/** What says the upstream cannot serve now, rather than answer: known before the body is read. */
const CANNOT_SERVE = new Set<ErrorCode>([
  ErrorCode.RateLimited,
  ErrorCode.SourceUnavailable,
  ErrorCode.SourceTimeout,
]);

/**
 * An exchange that produced no response. `cutByDeadline` tells a timeout caused by the request's
 * deadline (the requester's limit, not the upstream's fault) from one of a full attempt.
 */
export function classifyTransportError(
  error: AxiosError,
  upstream: string,
  cutByDeadline: boolean,
): AttemptFailure {
  const cause = error.code ?? 'ERR_NETWORK';
  if (TIMEOUT_CODES.has(cause)) {
    return cutByDeadline
      ? deadlineFailure(upstream)
      : {
          ok: false,
          code: ErrorCode.SourceTimeout,
          message: `${upstream} did not answer in time`,
          details: { upstream },
          transient: true,
        };
  }
  return {
    ok: false,
    code: ErrorCode.SourceUnavailable,
    message: `${upstream} could not be reached (${cause})`,
    details: { upstream, cause },
    transient: true,
  };
}

/**
 * A response whose status, by the upstream's error table, says it cannot serve now (429, 5xx),
 * or undefined when the response is for the adapter to read: an answer (200, and 500 where the
 * table says SOAP faults come with it), or an error the adapter's reader tells apart.
 */
export function classifyStatus(
  response: Pick<AxiosResponse, 'status' | 'headers'>,
  upstream: string,
  errors: UpstreamErrorTable,
  now: number = Date.now(),
): AttemptFailure | undefined {
  const { status } = response;
  const meaning = errors.isAnswer(status) ? undefined : errors.ofStatus(status);
  if (!meaning || !CANNOT_SERVE.has(meaning.code)) return undefined;
  const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now);
  const { code, transient } = meaning;
  if (code === ErrorCode.RateLimited) {
    return {
      ok: false,
      code,
      message: meaning.message ?? `${upstream} refused the call: quota exhausted`,
      details: { upstream, status, retryAfterMs },
      transient,
      retryAfterMs,
    };
  }
  return {
    ok: false,
    code,
    message: meaning.message ?? `${upstream} answered HTTP ${status}`,
    details: { upstream, status },
    transient,
    retryAfterMs,
  };
}

export function deadlineFailure(upstream: string): AttemptFailure {
  return {
    ok: false,
    code: ErrorCode.DeadlineExceeded,
    message: `the request's deadline passed while waiting for ${upstream}`,
    details: { upstream },
  };
}

const DELAY_SECONDS = /^\d+$/;
/** An HTTP date names its weekday and month; without letters, Date.parse would take "-3" for a year. */
const HTTP_DATE = /^[A-Za-z]{3}, /;

/** Retry-After is either a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (DELAY_SECONDS.test(text)) return Number(text) * 1000;
  const date = HTTP_DATE.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

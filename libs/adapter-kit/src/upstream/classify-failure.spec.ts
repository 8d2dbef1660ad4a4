import { AxiosError, CanceledError } from 'axios';
import { ErrorCode } from '@interop/contracts';
import { upstreamErrorTable } from '../protocol/upstream-error-table';
import { classifyStatus, classifyTransportError, parseRetryAfter } from './classify-failure';

const none = upstreamErrorTable({ upstream: 'the population database' });

function response(status: number, headers: Record<string, string> = {}) {
  return { status, headers };
}

describe('classifyTransportError', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ERR_NETWORK'])(
    'answers %s with SOURCE_UNAVAILABLE, worth retrying',
    (code) => {
      const failure = classifyTransportError(new AxiosError('boom', code), 'population', false);
      expect(failure).toMatchObject({ code: ErrorCode.SourceUnavailable, transient: true });
      expect(failure.details).toEqual({ upstream: 'population', cause: code });
    },
  );

  it.each([new CanceledError(), new AxiosError('timeout', 'ECONNABORTED')])(
    'answers a timed-out attempt with SOURCE_TIMEOUT, worth retrying',
    (error) => {
      expect(classifyTransportError(error, 'population', false)).toMatchObject({
        code: ErrorCode.SourceTimeout,
        transient: true,
      });
    },
  );

  it('answers an attempt cut short by the request deadline with DEADLINE_EXCEEDED, final', () => {
    const failure = classifyTransportError(new CanceledError(), 'population', true);
    expect(failure.code).toBe(ErrorCode.DeadlineExceeded);
    expect(failure.transient).toBeFalsy();
  });
});

describe('classifyStatus', () => {
  it.each([200, 204, 400, 401, 404, 409])('leaves HTTP %i to the adapter to read', (status) => {
    expect(classifyStatus(response(status), 'population', none)).toBeUndefined();
  });

  it.each([502, 503, 504])('answers HTTP %i with SOURCE_UNAVAILABLE, worth retrying', (status) => {
    expect(classifyStatus(response(status), 'population', none)).toMatchObject({
      code: ErrorCode.SourceUnavailable,
      transient: true,
    });
  });

  it('answers other 5xx with SOURCE_UNAVAILABLE, not retried', () => {
    const failure = classifyStatus(response(500), 'population', none);
    expect(failure?.code).toBe(ErrorCode.SourceUnavailable);
    expect(failure?.transient).toBe(false);
  });

  it('leaves a 5xx the table declares an answer (SOAP faults) to the adapter', () => {
    const soap = upstreamErrorTable({ upstream: 'the population database', answers: [200, 500] });
    expect(classifyStatus(response(500), 'population', soap)).toBeUndefined();
    expect(classifyStatus(response(503), 'population', soap)?.code).toBe(
      ErrorCode.SourceUnavailable,
    );
  });

  it("takes the table's meaning of a status: maintenance announced with 503, not retried", () => {
    const table = upstreamErrorTable({
      upstream: 'the population database',
      http: { 503: { code: ErrorCode.SourceUnavailable, message: 'in maintenance' } },
    });
    expect(classifyStatus(response(503), 'population', table)).toMatchObject({
      code: ErrorCode.SourceUnavailable,
      message: 'in maintenance',
      transient: false,
    });
  });

  it('leaves a status the table gives a meaning other than unavailability to the reader', () => {
    const table = upstreamErrorTable({
      upstream: 'the business registry',
      http: { 401: ErrorCode.Forbidden },
    });
    expect(classifyStatus(response(401), 'business-registry', table)).toBeUndefined();
  });

  it('answers 429 with RATE_LIMITED, carrying the Retry-After wait', () => {
    const failure = classifyStatus(response(429, { 'retry-after': '2' }), 'population', none);
    expect(failure).toMatchObject({
      code: ErrorCode.RateLimited,
      transient: true,
      retryAfterMs: 2000,
    });
    expect(failure?.details).toMatchObject({ retryAfterMs: 2000 });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-01T10:00:00Z');

  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 5 ', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 01 Jun 2025 10:00:03 GMT', now)).toBe(3000);
  });

  it('treats a date in the past as no wait, and nonsense as no header', () => {
    expect(parseRetryAfter('Sun, 01 Jun 2025 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
  });
});

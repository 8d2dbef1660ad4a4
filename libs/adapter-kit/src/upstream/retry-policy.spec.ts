import { ErrorCode } from '@interop/contracts';
import { AttemptFailure } from './attempt-failure';
import { backoffDelay, nextRetryDelay, RetrySettings } from './retry-policy';

const settings: RetrySettings = { retries: 2, baseDelayMs: 100, attemptTimeoutMs: 1000 };
const unavailable: AttemptFailure = {
  ok: false,
  code: ErrorCode.SourceUnavailable,
  message: 'down',
  transient: true,
};
const plenty = 60_000;

describe('backoffDelay (full jitter)', () => {
  it.each([
    [1, 100],
    [2, 200],
    [3, 400],
  ])('waits below base·2^(n-1) before retry %i (under %i ms)', (retry, ceiling) => {
    expect(backoffDelay(retry, 100, () => 0)).toBe(0);
    expect(backoffDelay(retry, 100, () => 0.5)).toBe(ceiling / 2);
    expect(backoffDelay(retry, 100, () => 0.9999)).toBe(ceiling - 1);
  });

  it('spreads delays over the whole range with a real random source', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(3, 100));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(400);
    expect(new Set(delays).size).toBeGreaterThan(50);
  });
});

describe('nextRetryDelay', () => {
  it('retries a transient fault after a backoff', () => {
    expect(nextRetryDelay(unavailable, 0, plenty, settings, () => 0.5)).toBe(50);
    expect(nextRetryDelay(unavailable, 1, plenty, settings, () => 0.5)).toBe(100);
  });

  it('stops when the retries are spent', () => {
    expect(nextRetryDelay(unavailable, 2, plenty, settings)).toBeUndefined();
  });

  it.each([ErrorCode.NotFound, ErrorCode.UpstreamInvalidResponse, ErrorCode.SourceUnavailable])(
    'never retries a fault that is not transient (%s)',
    (code) => {
      expect(
        nextRetryDelay({ ok: false, code, message: 'no' }, 0, plenty, settings),
      ).toBeUndefined();
    },
  );

  it('waits as long as Retry-After asks', () => {
    const limited = { ...unavailable, code: ErrorCode.RateLimited, retryAfterMs: 3000 };
    expect(nextRetryDelay(limited, 0, plenty, settings)).toBe(3000);
  });

  it('does not retry when the wait and one attempt would not fit before the deadline', () => {
    const limited = { ...unavailable, code: ErrorCode.RateLimited, retryAfterMs: 3000 };
    expect(nextRetryDelay(limited, 0, 3999, settings)).toBeUndefined();
    expect(nextRetryDelay(limited, 0, 4000, settings)).toBe(3000);
    expect(nextRetryDelay(unavailable, 0, 1049, settings, () => 0.5)).toBeUndefined();
    expect(nextRetryDelay(unavailable, 0, 1050, settings, () => 0.5)).toBe(50);
  });
});

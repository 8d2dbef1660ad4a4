import { CallerQuotas } from './caller-quotas.service';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('lets a burst through, then one request per refill interval, saying when to retry', () => {
    const bucket = new TokenBucket({ perMinute: 60, burst: 2 }, 0);
    expect(bucket.take(0)).toEqual({ ok: true });
    expect(bucket.take(0)).toEqual({ ok: true });
    expect(bucket.take(0)).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(bucket.take(400)).toEqual({ ok: false, retryAfterMs: 600 });
    expect(bucket.take(1000)).toEqual({ ok: true });
    expect(bucket.take(1000).ok).toBe(false);
  });

  it('never holds more than its burst, however long it was idle', () => {
    const bucket = new TokenBucket({ perMinute: 60, burst: 2 }, 0);
    for (let i = 0; i < 2; i++) expect(bucket.take(3_600_000).ok).toBe(true);
    expect(bucket.take(3_600_000).ok).toBe(false);
  });

  it('applies a changed quota without refilling what was spent', () => {
    const bucket = new TokenBucket({ perMinute: 60, burst: 5 }, 0);
    for (let i = 0; i < 5; i++) bucket.take(0);
    bucket.adjust({ perMinute: 600, burst: 10 }, 0);
    expect(bucket.take(0).ok).toBe(false);
    expect(bucket.take(100).ok).toBe(true);
  });
});

describe('CallerQuotas', () => {
  it('counts each caller and source apart', () => {
    const quotas = new CallerQuotas();
    const quota = { perMinute: 1, burst: 1 };
    expect(quotas.take('a', 'population', quota, 0).ok).toBe(true);
    expect(quotas.take('a', 'population', quota, 0).ok).toBe(false);
    expect(quotas.take('a', 'civil-status', quota, 0).ok).toBe(true);
    expect(quotas.take('b', 'population', quota, 0).ok).toBe(true);
  });
});

import { TrafficTotals } from '../../metrics/source-traffic';
import { TrafficHistory } from './traffic-history';
import { quantileMs, trafficBetween } from './traffic-window';

/** Totals with `ok` answers of 3 ms, `failed` of 800 ms, and `notFound` answers of 3 ms. */
function totals(ok: number, failed = 0, notFound = 0): TrafficTotals {
  const fast = ok + notFound;
  // Bounds (s): .001 .0025 .005 .01 .025 .05 .1 .25 .5 1 2.5 5 10 +Inf
  const buckets = [0, 0, fast, fast, fast, fast, fast, fast, fast, fast + failed];
  while (buckets.length < 14) buckets.push(fast + failed);
  return {
    byCode: {
      OK: ok,
      ...(failed && { SOURCE_UNAVAILABLE: failed }),
      ...(notFound && { NOT_FOUND: notFound }),
    },
    buckets,
    inFlight: 0,
  };
}

describe('quantileMs', () => {
  it('interpolates within the bucket the rank falls in, like histogram_quantile', () => {
    // 10 durations in (2.5 ms, 5 ms]: the median is half way through it.
    expect(quantileMs(totals(10).buckets, 0.5)).toBeCloseTo(3.75);
    expect(quantileMs(totals(0).buckets, 0.5)).toBeNull();
  });

  it('answers the highest finite bound for the +Inf bucket', () => {
    const slow = [...Array(13).fill(0), 4];
    expect(quantileMs(slow, 0.95)).toBe(10_000);
  });
});

describe('trafficBetween', () => {
  it('counts requests, failures and the rate; not-found and invalid input are no failures', () => {
    const stats = trafficBetween(totals(10), totals(28, 2, 10), 10_000);
    expect(stats).toMatchObject({ requests: 30, failures: 2, requestsPerSecond: 3 });
    expect(stats.errorRate).toBeCloseTo(2 / 30);
    expect(stats.p95Ms).toBeGreaterThan(500);
  });

  it('has no error rate or latency without requests', () => {
    expect(trafficBetween(totals(5), totals(5), 5000)).toEqual({
      requests: 0,
      failures: 0,
      requestsPerSecond: 0,
      errorRate: null,
      p50Ms: null,
      p95Ms: null,
    });
  });
});

describe('TrafficHistory', () => {
  const sampleAt = (at: number, population: TrafficTotals) => ({
    at,
    totals: new Map([['population' as const, population]]),
  });

  it('judges the window from the newest sample at or before its start', () => {
    const history = new TrafficHistory(100);
    history.record(sampleAt(0, totals(0)));
    history.record(sampleAt(30_000, totals(100)));
    history.record(sampleAt(60_000, totals(110)));
    const stats = history.window('population', totals(130, 10), 90_000, 60_000);
    expect(stats).toMatchObject({ requests: 40, failures: 10 });
    expect(stats.requestsPerSecond).toBeCloseTo(40 / 60);
  });

  it('uses the oldest sample while the history is shorter than the window', () => {
    const history = new TrafficHistory(100);
    history.record(sampleAt(50_000, totals(0)));
    expect(history.window('population', totals(20), 60_000, 60_000).requestsPerSecond).toBe(2);
  });

  it('keeps only its capacity, and draws a point per interval', () => {
    const history = new TrafficHistory(3);
    for (let n = 0; n < 5; n += 1) history.record(sampleAt(n * 5000, totals(n * 10)));
    const series = history.series('population');
    expect(series.map(({ at }) => at)).toEqual([15_000, 20_000]);
    expect(series[0].requestsPerSecond).toBe(2);
  });

  it('lists the failures of its span by code, with when each last rose', () => {
    const history = new TrafficHistory(10);
    history.record(sampleAt(0, totals(0, 1)));
    history.record(sampleAt(5000, totals(5, 3, 2)));
    history.record(sampleAt(10_000, totals(9, 3, 4)));
    expect(history.recentErrors('population', totals(9, 3, 4), 12_000)).toEqual([
      { code: 'SOURCE_UNAVAILABLE', count: 2, lastAt: 5000 },
    ]);
    expect(history.recentErrors('population', totals(9, 4, 4), 12_000)[0].lastAt).toBe(12_000);
  });
});

import { LATENCY_BUCKETS_S } from '@interop/platform';
import { isSourceFailure, TrafficTotals } from '../../metrics/source-traffic';

/** A source's traffic between two moments, as its metrics tell it. */
export interface TrafficStats {
  requests: number;
  failures: number;
  requestsPerSecond: number;
  /** Share of the requests that failed; null without requests. */
  errorRate: number | null;
  /** Estimated from the latency histogram, as Prometheus's histogram_quantile does. */
  p50Ms: number | null;
  p95Ms: number | null;
}

/**
 * The `q` quantile of durations in cumulative histogram buckets (LATENCY_BUCKETS_S, then +Inf),
 * interpolated linearly within its bucket; in the +Inf bucket, the highest finite bound.
 */
export function quantileMs(buckets: readonly number[], q: number): number | null {
  const total = buckets.at(-1) ?? 0;
  if (total <= 0) return null;
  const rank = q * total;
  const index = buckets.findIndex((count) => count >= rank);
  if (index >= LATENCY_BUCKETS_S.length) return LATENCY_BUCKETS_S.at(-1)! * 1000;
  const lower = index === 0 ? 0 : LATENCY_BUCKETS_S[index - 1];
  const below = index === 0 ? 0 : buckets[index - 1];
  const inBucket = buckets[index] - below;
  const share = inBucket > 0 ? (rank - below) / inBucket : 1;
  return (lower + (LATENCY_BUCKETS_S[index] - lower) * share) * 1000;
}

function difference(
  later: Readonly<Record<string, number>>,
  earlier: Readonly<Record<string, number>>,
) {
  return Object.entries(later).map(
    ([code, count]) => [code, count - (earlier[code] ?? 0)] as const,
  );
}

/** What happened between two readings of the cumulative totals, `spanMs` apart. */
export function trafficBetween(
  earlier: TrafficTotals,
  later: TrafficTotals,
  spanMs: number,
): TrafficStats {
  const byCode = difference(later.byCode, earlier.byCode);
  const requests = byCode.reduce((sum, [, count]) => sum + count, 0);
  const failures = byCode
    .filter(([code]) => isSourceFailure(code))
    .reduce((sum, [, count]) => sum + count, 0);
  const buckets = later.buckets.map((count, index) => count - (earlier.buckets[index] ?? 0));
  return {
    requests,
    failures,
    requestsPerSecond: spanMs > 0 ? (requests * 1000) / spanMs : 0,
    errorRate: requests > 0 ? failures / requests : null,
    p50Ms: quantileMs(buckets, 0.5),
    p95Ms: quantileMs(buckets, 0.95),
  };
}

import { SourceName } from '@interop/contracts';
import { isSourceFailure, NO_TRAFFIC, TrafficTotals } from '../../metrics/source-traffic';
import { TrafficStats, trafficBetween } from './traffic-window';

/** The metrics' totals of every source at one moment. */
export interface TrafficSample {
  at: number;
  totals: ReadonlyMap<SourceName, TrafficTotals>;
}

/** One point of a sparkline: the traffic of the interval that ended at `at`. */
export interface TrafficPoint extends TrafficStats {
  at: number;
}

/** How often one error code was answered in the history, and when last. */
export interface ErrorCount {
  code: string;
  count: number;
  lastAt: number;
}

/**
 * The gateway's metrics sampled every few seconds, the newest `capacity` samples kept: the
 * history behind a connector's windowed error rate and p95, and the ops page's sparklines, so
 * that a page opened now shows the last quarter of an hour.
 */
export class TrafficHistory {
  private readonly samples: TrafficSample[] = [];

  constructor(private readonly capacity: number) {}

  record(sample: TrafficSample): void {
    this.samples.push(sample);
    if (this.samples.length > this.capacity)
      this.samples.splice(0, this.samples.length - this.capacity);
  }

  /** The traffic of the last `windowMs` (or since the oldest sample), up to `current` now. */
  window(source: SourceName, current: TrafficTotals, now: number, windowMs: number): TrafficStats {
    const start = now - windowMs;
    const baseline = [...this.samples].reverse().find(({ at }) => at <= start) ?? this.samples[0];
    if (!baseline) return trafficBetween(NO_TRAFFIC, current, 0);
    return trafficBetween(totalsOf(baseline, source), current, now - baseline.at);
  }

  /** The traffic of each interval between samples, oldest first. */
  series(source: SourceName): TrafficPoint[] {
    return this.samples.slice(1).map((sample, index) => {
      const previous = this.samples[index];
      const stats = trafficBetween(
        totalsOf(previous, source),
        totalsOf(sample, source),
        sample.at - previous.at,
      );
      return { at: sample.at, ...stats };
    });
  }

  /** The failures answered since the oldest sample, by code, most frequent first. */
  recentErrors(source: SourceName, current: TrafficTotals, now: number): ErrorCount[] {
    const readings = [
      ...this.samples.map((sample) => ({ at: sample.at, totals: totalsOf(sample, source) })),
      { at: now, totals: current },
    ];
    const oldest = readings[0].totals.byCode;
    return Object.entries(current.byCode)
      .filter(([code, count]) => isSourceFailure(code) && count > (oldest[code] ?? 0))
      .map(([code, count]) => ({
        code,
        count: count - (oldest[code] ?? 0),
        lastAt: lastRise(readings, code),
      }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
}

function totalsOf(sample: TrafficSample, source: SourceName): TrafficTotals {
  return sample.totals.get(source) ?? NO_TRAFFIC;
}

/** When the count of `code` last went up: the end of the interval it went up in. */
function lastRise(readings: { at: number; totals: TrafficTotals }[], code: string): number {
  for (let index = readings.length - 1; index > 0; index -= 1) {
    const after = readings[index].totals.byCode[code] ?? 0;
    if (after > (readings[index - 1].totals.byCode[code] ?? 0)) return readings[index].at;
  }
  return readings[0].at;
}

import { SourceName } from '@interop/contracts';
import { ProbeResult } from './connector-health';

export interface SelfCheckTtl {
  /** How long a passed self-check, or an unanswered probe, is reused. */
  okMs: number;
  /** How long a failed self-check is reused: the upstream is not asked again before. */
  failureMs: number;
}

/** How long a probe result stands. An unanswered probe never reached the upstream. */
export function ttlOf(result: ProbeResult, ttl: SelfCheckTtl): number {
  return result.answered && !result.healthy ? ttl.failureMs : ttl.okMs;
}

/**
 * Each source's self-check, reused while it stands and asked at most once at a time, so that a
 * storm of health checks is no storm of upstream calls: however many ask, one probe is in flight
 * per source, and none before the last result has expired.
 */
export class SelfCheckCache {
  private readonly results = new Map<SourceName, ProbeResult>();
  private readonly inFlight = new Map<SourceName, Promise<ProbeResult>>();

  constructor(
    private readonly probe: (source: SourceName) => Promise<ProbeResult>,
    private readonly ttl: SelfCheckTtl,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The newest result, whether it still stands or not. */
  last(source: SourceName): ProbeResult | undefined {
    return this.results.get(source);
  }

  get(source: SourceName): Promise<ProbeResult> {
    const cached = this.results.get(source);
    if (cached && this.clock() - cached.at < ttlOf(cached, this.ttl))
      return Promise.resolve(cached);
    let probing = this.inFlight.get(source);
    if (!probing) {
      probing = this.probe(source)
        .then((result) => {
          this.results.set(source, result);
          return result;
        })
        .finally(() => this.inFlight.delete(source));
      this.inFlight.set(source, probing);
    }
    return probing;
  }
}

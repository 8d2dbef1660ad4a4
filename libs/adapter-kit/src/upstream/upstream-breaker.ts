import { Logger, LoggerService } from '@nestjs/common';
import CircuitBreaker from 'opossum';
import { ErrorCode } from '@interop/contracts';
import { CircuitState } from '../metrics/adapter-metrics';
import { AttemptFailure, AttemptOutcome } from './attempt-failure';

export interface BreakerSettings {
  errorThresholdPercent: number;
  volumeThreshold: number;
  resetMs: number;
}

/** Only these say the upstream is unwell; a not-found or a refused input says it works. */
const AVAILABILITY_CODES = new Set<string>([ErrorCode.SourceUnavailable, ErrorCode.SourceTimeout]);

/** Carries an availability failure through opossum, which counts only rejections. */
class UpstreamFault extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure.message);
  }
}

type Attempt = () => Promise<AttemptOutcome<unknown>>;

async function rejectAvailabilityFailures(attempt: Attempt): Promise<AttemptOutcome<unknown>> {
  const outcome = await attempt();
  if (!outcome.ok && AVAILABILITY_CODES.has(outcome.code)) throw new UpstreamFault(outcome);
  return outcome;
}

/** opossum's own refusals: the circuit is open, or the adapter is shutting down. */
function isRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EOPENBREAKER' || code === 'ESHUTDOWN';
}

/** One circuit breaker per upstream, counting attempts that show it unavailable. */
export class UpstreamBreaker {
  private readonly breaker: CircuitBreaker<[Attempt], AttemptOutcome<unknown>>;

  constructor(
    private readonly upstream: string,
    settings: BreakerSettings,
    private readonly logger: LoggerService = new Logger(UpstreamBreaker.name),
  ) {
    this.breaker = new CircuitBreaker(rejectAvailabilityFailures, {
      name: upstream,
      // Each attempt carries its own timeout, bounded by the request's deadline.
      timeout: false,
      errorThresholdPercentage: settings.errorThresholdPercent,
      volumeThreshold: settings.volumeThreshold,
      resetTimeout: settings.resetMs,
      // A reader that throws has a bug, which says nothing about the upstream's health.
      errorFilter: (error) => !(error instanceof UpstreamFault),
    });
    this.reportTransitions();
  }

  /** Open, or half-open with a trial call under way: either way, not yet trusted again. */
  get isOpen(): boolean {
    return !this.breaker.closed;
  }

  get state(): CircuitState {
    if (this.breaker.opened) return 'open';
    return this.breaker.halfOpen ? 'half-open' : 'closed';
  }

  /** Runs one attempt, or refuses at once with SOURCE_UNAVAILABLE while the circuit is open. */
  async run<T>(attempt: () => Promise<AttemptOutcome<T>>): Promise<AttemptOutcome<T>> {
    try {
      return (await this.breaker.fire(attempt)) as AttemptOutcome<T>;
    } catch (error) {
      if (error instanceof UpstreamFault) return error.failure;
      if (isRefusal(error)) return this.refusal();
      throw error;
    }
  }

  shutdown(): void {
    this.breaker.shutdown();
  }

  private refusal(): AttemptFailure {
    return {
      ok: false,
      code: ErrorCode.SourceUnavailable,
      message: `${this.upstream} is unavailable: circuit open after repeated failures`,
      details: { upstream: this.upstream, circuitOpen: true },
    };
  }

  private reportTransitions(): void {
    const fields = { upstream: this.upstream };
    this.breaker.on('open', () => this.logger.warn('circuit opened', fields));
    this.breaker.on('halfOpen', () => this.logger.log('circuit half-open: trying', fields));
    this.breaker.on('close', () => this.logger.log('circuit closed', fields));
  }
}

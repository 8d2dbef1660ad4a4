import { FaultSettings } from './fault-settings.dto';

export type FaultOutcome = 'normal' | 'outage' | 'quota-exhausted' | 'server-error';

/** What to do with one request, decided up front so the decision can be tested alone. */
export interface FaultPlan {
  /** Answer normally, or replace the database's answer with this fault. */
  outcome: FaultOutcome;
  delayMs: number;
  truncate: boolean;
  dribbleOverMs: number;
}

export function planFaults(settings: FaultSettings, random: () => number = Math.random): FaultPlan {
  const outcome = outcomeOf(settings, random);
  const jitter = Math.floor(random() * ((settings.latencyJitterMs ?? 0) + 1));
  return {
    outcome,
    // A dead backend is refused at once; only a live one is slow.
    delayMs: outcome === 'outage' ? 0 : (settings.latencyMs ?? 0) + jitter,
    truncate: settings.malformed ?? false,
    dribbleOverMs: settings.slowResponseMs ?? 0,
  };
}

function outcomeOf(settings: FaultSettings, random: () => number): FaultOutcome {
  if (settings.outage) return 'outage';
  if (settings.quotaExhausted) return 'quota-exhausted';
  return random() < (settings.errorRate ?? 0) ? 'server-error' : 'normal';
}

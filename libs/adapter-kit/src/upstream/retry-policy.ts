import { AttemptFailure } from './attempt-failure';

export interface RetrySettings {
  /** Retries after the first attempt. */
  retries: number;
  baseDelayMs: number;
  /** Time one attempt may take. */
  attemptTimeoutMs: number;
}

/**
 * "Full jitter": a uniformly random wait below base·2^(n-1), so that replicas retrying after the
 * same outage spread out instead of hitting the recovering upstream together.
 */
export function backoffDelay(
  retryNumber: number,
  baseDelayMs: number,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * baseDelayMs * 2 ** (retryNumber - 1));
}

/**
 * How long to wait before retrying, or undefined when there should be no retry: the fault is not
 * transient, the retries are spent, or the next attempt could not finish before the deadline
 * (the requester would be gone by then, and the upstream loaded for nothing).
 */
export function nextRetryDelay(
  failure: AttemptFailure,
  retriesDone: number,
  timeLeftMs: number,
  settings: RetrySettings,
  random: () => number = Math.random,
): number | undefined {
  if (!failure.transient || retriesDone >= settings.retries) return undefined;
  const delay = failure.retryAfterMs ?? backoffDelay(retriesDone + 1, settings.baseDelayMs, random);
  return delay + settings.attemptTimeoutMs <= timeLeftMs ? delay : undefined;
}

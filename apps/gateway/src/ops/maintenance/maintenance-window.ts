import { SourceName } from '@interop/contracts';

/** A connector switched to maintenance by an operator: no request is sent to its source. */
export interface MaintenanceWindow {
  source: SourceName;
  /** Why, in the operator's words: for the ops team, never told to callers. */
  reason: string;
  /** When it began, epoch ms. */
  since: number;
  /** When it ends by itself, epoch ms; without it, it lasts until an operator ends it. */
  until?: number;
  /** The ops caller who switched it on. */
  by: string;
}

export function isActive(window: MaintenanceWindow, now: number): boolean {
  return window.until === undefined || window.until > now;
}

/**
 * Seconds a refused caller should wait: until the window's end, or without one the default. At
 * least one, so that no caller is told to retry at once.
 */
export function retryAfterS(window: MaintenanceWindow, now: number, defaultS: number): number {
  if (window.until === undefined) return defaultS;
  return Math.max(1, Math.ceil((window.until - now) / 1000));
}

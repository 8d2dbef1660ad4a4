import { SelfCheckResult } from '@interop/contracts';

export type ConnectorStatus = 'up' | 'down' | 'unknown';

/** How a health probe of a source ended. */
export interface ProbeResult extends SelfCheckResult {
  /** When the probe ended, in epoch milliseconds. */
  at: number;
  roundTripMs: number;
  /** False when the adapter did not answer in time: then the probe says nothing of its upstream. */
  answered: boolean;
}

export interface ConnectorState {
  /** Timestamp of the newest reply of any kind from the source's adapter. */
  lastReplyAt?: number;
  lastProbe?: ProbeResult;
  /** The newest probe the adapter answered: its own verdict on its upstream. */
  lastAnswer?: ProbeResult;
}

export function withReply(state: ConnectorState, at: number): ConnectorState {
  return { ...state, lastReplyAt: Math.max(at, state.lastReplyAt ?? at) };
}

export function withProbe(state: ConnectorState, probe: ProbeResult): ConnectorState {
  return { ...state, lastProbe: probe, lastAnswer: probe.answered ? probe : state.lastAnswer };
}

/**
 * Up: the adapter replied to anything within `staleAfterMs` and did not last report its upstream
 * unhealthy. Unknown: nothing heard and no probe has ended yet, as just after boot. Else down.
 */
export function connectorStatus(
  state: ConnectorState,
  now: number,
  staleAfterMs: number,
): ConnectorStatus {
  const alive = state.lastReplyAt !== undefined && now - state.lastReplyAt <= staleAfterMs;
  if (!alive) return state.lastProbe ? 'down' : 'unknown';
  return state.lastAnswer?.healthy === false ? 'down' : 'up';
}

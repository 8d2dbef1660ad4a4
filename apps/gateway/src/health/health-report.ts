import { SelfCheckResult, SourceName } from '@interop/contracts';
import { connectorStatus, ConnectorState, ConnectorStatus, ProbeResult } from './connector-health';

export interface ProbeReport extends SelfCheckResult {
  at: string;
  roundTripMs: number;
}

export interface ConnectorReport {
  status: ConnectorStatus;
  lastReplyAt: string | null;
  lastProbe: ProbeReport | null;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  kafka: { reachable: boolean };
  connectors: Partial<Record<SourceName, ConnectorReport>>;
}

function probeReport({
  healthy,
  latencyMs,
  detail,
  circuitOpen,
  at,
  roundTripMs,
}: ProbeResult): ProbeReport {
  return { healthy, latencyMs, detail, circuitOpen, at: new Date(at).toISOString(), roundTripMs };
}

function connectorReport(
  state: ConnectorState,
  now: number,
  staleAfterMs: number,
): ConnectorReport {
  return {
    status: connectorStatus(state, now, staleAfterMs),
    lastReplyAt: state.lastReplyAt === undefined ? null : new Date(state.lastReplyAt).toISOString(),
    lastProbe: state.lastProbe ? probeReport(state.lastProbe) : null,
  };
}

/** Healthy ("ok") only when Kafka is reachable and every connector is up. */
export function healthReport(
  kafkaReachable: boolean,
  states: ReadonlyMap<SourceName, ConnectorState>,
  now: number,
  staleAfterMs: number,
): HealthReport {
  const connectors = Object.fromEntries(
    [...states].map(([source, state]) => [source, connectorReport(state, now, staleAfterMs)]),
  );
  const allUp = Object.values(connectors).every((connector) => connector.status === 'up');
  return {
    status: kafkaReachable && allUp ? 'ok' : 'degraded',
    kafka: { reachable: kafkaReachable },
    connectors,
  };
}

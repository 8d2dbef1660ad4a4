import { SelfCheckResult, SOURCE_REGISTRY, SourceName } from '@interop/contracts';
import { ProbeResult } from './connector-health';
import { HealthReason, HealthStatus } from './health-status';
import { KafkaObservation } from './kafka-view.service';
import { TrafficStats } from './traffic/traffic-window';

export interface ProbeReport extends SelfCheckResult {
  at: string;
  roundTripMs: number;
  answered: boolean;
}

export interface MaintenanceReport {
  reason: string;
  since: string;
  until: string | null;
  by: string;
}

/** One connector, as /health and the ops page show it. */
export interface ConnectorHealth {
  source: SourceName;
  title: string;
  critical: boolean;
  latencyObjectiveMs: number;
  status: HealthStatus;
  /** When the status last changed (on this replica). */
  since: string;
  reasons: HealthReason[];
  lastReplyAt: string | null;
  /** The newest self-check, standing or not. */
  lastProbe: ProbeReport | null;
  circuit: 'open' | 'closed' | 'unknown';
  /** Adapter replicas consuming the request topic; null when they could not be counted. */
  replicas: number | null;
  consumerLag: number | null;
  replyPartition: boolean;
  inFlight: number;
  /** The last HEALTH_WINDOW_MS of requests to the source. */
  traffic: TrafficStats & { windowMs: number };
  maintenance: MaintenanceReport | null;
}

export interface Readiness {
  ready: boolean;
  /** Why not, per critical source. */
  problems: string[];
}

export interface HealthReport {
  /** The worst connector's status; DOWN when this replica is not ready. */
  status: HealthStatus;
  ready: boolean;
  kafka: { reachable: boolean; problem?: string };
  connectors: Partial<Record<SourceName, ConnectorHealth>>;
}

export function probeReport(probe: ProbeResult): ProbeReport {
  const { healthy, latencyMs, detail, circuitOpen, at, roundTripMs, answered } = probe;
  return {
    healthy,
    latencyMs,
    detail,
    circuitOpen,
    at: new Date(at).toISOString(),
    roundTripMs,
    answered,
  };
}

/**
 * Ready by weight: Kafka reachable, and every critical source consumed by an adapter replica and
 * heard by this gateway replica. A non-critical source down does not make the replica unready.
 */
export function readinessOf(
  kafka: KafkaObservation,
  ownsReplyPartition: (source: SourceName) => boolean,
): Readiness {
  if (!kafka.reachable) return { ready: false, problems: ['Kafka is unreachable'] };
  const problems = SOURCE_REGISTRY.filter(({ critical }) => critical).flatMap(({ name }) => {
    const replicas = kafka.consumers?.get(name)?.replicas;
    return [
      ...(replicas === undefined ? [`${name}: its consumers are unknown`] : []),
      ...(replicas === 0 ? [`${name}: no adapter replica consumes its requests`] : []),
      ...(ownsReplyPartition(name) ? [] : [`${name}: no reply partition on this replica`]),
    ];
  });
  return { ready: problems.length === 0, problems };
}

import { gatewayReplyTopic, requestTopic, SourceName } from '@interop/contracts';
import { MaintenanceWindow } from '../ops/maintenance/maintenance-window';
import { ProbeResult } from './connector-health';
import { ConsumerView } from './consumer-groups';
import { HealthReason, HealthReasonCode, HealthStatus, worstOf } from './health-status';
import { TrafficStats } from './traffic/traffic-window';

/** Everything the gateway knows of one connector at one moment. */
export interface ConnectorObservation {
  source: SourceName;
  latencyObjectiveMs: number;
  now: number;
  maintenance?: MaintenanceWindow;
  kafkaReachable: boolean;
  /** Whether this gateway replica owns a partition of the source's reply topic. */
  replyPartition: boolean;
  /** Undefined when the adapters' groups could not be described. */
  consumers?: ConsumerView;
  /** The self-check standing now; undefined when none was asked (nobody could answer it). */
  selfCheck?: ProbeResult;
  /** The newest reply of any kind from the source's adapter. */
  lastReplyAt?: number;
  traffic: TrafficStats;
}

export interface HealthThresholds {
  staleAfterMs: number;
  /** Share of failed requests above which the connector is DEGRADED. */
  errorRate: number;
  minRequests: number;
  maxConsumerLag: number;
}

export interface ConnectorAssessment {
  status: HealthStatus;
  reasons: HealthReason[];
}

const down = (code: HealthReasonCode, message: string): HealthReason => ({
  code,
  status: HealthStatus.Down,
  message,
});
const degraded = (code: HealthReasonCode, message: string): HealthReason => ({
  code,
  status: HealthStatus.Degraded,
  message,
});

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

function maintenanceReason({ maintenance }: ConnectorObservation): HealthReason[] {
  if (!maintenance) return [];
  const until = maintenance.until ? ` until ${new Date(maintenance.until).toISOString()}` : '';
  return [down(HealthReasonCode.Maintenance, `in maintenance${until}: ${maintenance.reason}`)];
}

function transportReasons(o: ConnectorObservation): HealthReason[] {
  if (!o.kafkaReachable) {
    return [down(HealthReasonCode.KafkaUnreachable, 'this gateway cannot reach the Kafka cluster')];
  }
  const reasons: HealthReason[] = [];
  if (!o.replyPartition) {
    reasons.push(
      down(
        HealthReasonCode.NoReplyPartition,
        `this gateway replica owns no partition of ${gatewayReplyTopic(o.source)}`,
      ),
    );
  }
  if (o.consumers?.replicas === 0) {
    reasons.push(
      down(HealthReasonCode.NoConsumer, `no adapter replica consumes ${requestTopic(o.source)}`),
    );
  }
  return reasons;
}

/**
 * A failed self-check is DOWN; an unanswered one is DOWN only if the adapter has said nothing
 * else lately either, and DEGRADED while it still answers other requests.
 */
function selfCheckReasons(o: ConnectorObservation, t: HealthThresholds): HealthReason[] {
  const check = o.selfCheck;
  if (!check) return [];
  const reasons: HealthReason[] = [];
  if (check.circuitOpen) {
    reasons.push(down(HealthReasonCode.CircuitOpen, "the adapter's circuit breaker is open"));
  }
  if (!check.healthy) {
    const detail = check.detail ?? 'unhealthy';
    const alive = o.lastReplyAt !== undefined && o.now - o.lastReplyAt <= t.staleAfterMs;
    const reason = `self-check failed: ${detail}`;
    reasons.push(
      check.answered || !alive
        ? down(HealthReasonCode.SelfCheckFailed, reason)
        : degraded(HealthReasonCode.SelfCheckFailed, `${reason}; other requests are answered`),
    );
  }
  return reasons;
}

function loadReasons(o: ConnectorObservation, t: HealthThresholds): HealthReason[] {
  const reasons: HealthReason[] = [];
  const lag = o.consumers?.lag;
  if (lag != null && lag > t.maxConsumerLag) {
    reasons.push(
      degraded(
        HealthReasonCode.ConsumerLag,
        `${lag} requests wait on ${requestTopic(o.source)} (threshold ${t.maxConsumerLag})`,
      ),
    );
  }
  const { requests, errorRate, p95Ms } = o.traffic;
  if (requests < t.minRequests) return reasons;
  if (errorRate !== null && errorRate > t.errorRate) {
    reasons.push(
      degraded(
        HealthReasonCode.ErrorRate,
        `${percent(errorRate)} of ${requests} requests failed (threshold ${percent(t.errorRate)})`,
      ),
    );
  }
  if (p95Ms !== null && p95Ms > o.latencyObjectiveMs) {
    reasons.push(
      degraded(
        HealthReasonCode.Latency,
        `p95 ${Math.round(p95Ms)} ms, above the objective of ${o.latencyObjectiveMs} ms`,
      ),
    );
  }
  return reasons;
}

/** UP with no reason, else the worst status any reason brings. */
export function assessConnector(
  observation: ConnectorObservation,
  thresholds: HealthThresholds,
): ConnectorAssessment {
  const reasons = [
    ...maintenanceReason(observation),
    ...transportReasons(observation),
    ...selfCheckReasons(observation, thresholds),
    ...loadReasons(observation, thresholds),
  ];
  return { status: worstOf(reasons.map(({ status }) => status)), reasons };
}

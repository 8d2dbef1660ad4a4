import { Injectable } from '@nestjs/common';
import { SOURCES } from '@interop/contracts';
import { GatewayConfig } from '../config/gateway.config';
import { ConnectorHealthService } from '../health/connector-health.service';
import { ConnectorHealth } from '../health/health-report';
import { HealthStatus } from '../health/health-status';
import { ErrorCount, TrafficPoint } from '../health/traffic/traffic-history';
import { GatewayMetrics } from '../metrics/gateway-metrics';

export interface BoardPoint extends Omit<TrafficPoint, 'at'> {
  at: string;
}

export interface BoardError extends Omit<ErrorCount, 'lastAt'> {
  lastAt: string;
}

/** A connector on the ops page: its health, its traffic history, its recent errors by code. */
export interface BoardConnector extends ConnectorHealth {
  history: BoardPoint[];
  recentErrors: BoardError[];
}

/** What the ops page polls: every connector at a glance. No personal data, only counts and codes. */
export interface OpsBoardView {
  generatedAt: string;
  status: HealthStatus;
  ready: boolean;
  kafka: { reachable: boolean; problem?: string };
  windowMs: number;
  historyMs: number;
  sampleIntervalMs: number;
  connectors: BoardConnector[];
}

const rounded = (value: number | null, digits: number) =>
  value === null ? null : Number(value.toFixed(digits));

function boardPoint(point: TrafficPoint): BoardPoint {
  return {
    ...point,
    at: new Date(point.at).toISOString(),
    requestsPerSecond: rounded(point.requestsPerSecond, 3)!,
    errorRate: rounded(point.errorRate, 4),
    p50Ms: rounded(point.p50Ms, 1),
    p95Ms: rounded(point.p95Ms, 1),
  };
}

@Injectable()
export class OpsBoard {
  constructor(
    private readonly health: ConnectorHealthService,
    private readonly metrics: GatewayMetrics,
    private readonly config: GatewayConfig,
  ) {}

  async view(): Promise<OpsBoardView> {
    const report = await this.health.report();
    const now = Date.now();
    const connectors = await Promise.all(
      SOURCES.map(async (source) => {
        const totals = await this.metrics.sourceTotals(source);
        const errors = this.health.history.recentErrors(source, totals, now);
        return {
          ...report.connectors[source]!,
          history: this.health.history.series(source).map(boardPoint),
          recentErrors: errors.map((error) => ({
            ...error,
            lastAt: new Date(error.lastAt).toISOString(),
          })),
        };
      }),
    );
    return {
      generatedAt: new Date(now).toISOString(),
      status: report.status,
      ready: report.ready,
      kafka: report.kafka,
      windowMs: this.config.HEALTH_WINDOW_MS,
      historyMs: this.config.HEALTH_HISTORY_MS,
      sampleIntervalMs: this.config.HEALTH_PROBE_INTERVAL_MS,
      connectors,
    };
  }
}

import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { SOURCES, SourceName, sourceDescriptor } from '@interop/contracts';
import { Subscription } from 'rxjs';
import { GatewayConfig } from '../config/gateway.config';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { ConnectorMaintenance } from '../ops/maintenance/connector-maintenance.service';
import { MaintenanceWindow } from '../ops/maintenance/maintenance-window';
import { SourceRequester } from '../source-requester/source-requester.service';
import { assessConnector, ConnectorAssessment, HealthThresholds } from './connector-assessment';
import { HealthProber } from './health-prober.service';
import {
  ConnectorHealth,
  HealthReport,
  MaintenanceReport,
  probeReport,
  Readiness,
  readinessOf,
} from './health-report';
import { HealthStatus, worstOf } from './health-status';
import { KafkaObservation, KafkaView } from './kafka-view.service';
import { SelfCheckCache } from './self-check-cache';
import { TrafficHistory } from './traffic/traffic-history';

const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());

function maintenanceReport(window: MaintenanceWindow | undefined): MaintenanceReport | null {
  if (!window) return null;
  const { reason, since, until, by } = window;
  return { reason, since: new Date(since).toISOString(), until: iso(until), by };
}

/**
 * The health model of every connector: what Kafka shows of its adapter's replicas, this
 * replica's reply partitions, the adapter's self-check (cached, see SelfCheckCache), the
 * traffic in the metrics, and maintenance, assessed into UP, DEGRADED or DOWN with reasons, and
 * since when.
 */
@Injectable()
export class ConnectorHealthService implements OnModuleDestroy {
  private readonly logger = new Logger('health');
  readonly history: TrafficHistory;
  private readonly selfChecks: SelfCheckCache;
  private readonly lastReplyAt = new Map<SourceName, number>();
  private readonly statuses = new Map<SourceName, { status: HealthStatus; since: number }>();
  private readonly subscription: Subscription;
  private readonly thresholds: HealthThresholds;

  constructor(
    requester: SourceRequester,
    prober: HealthProber,
    private readonly kafka: KafkaView,
    private readonly maintenance: ConnectorMaintenance,
    private readonly metrics: GatewayMetrics,
    private readonly config: GatewayConfig,
  ) {
    this.selfChecks = new SelfCheckCache((source) => prober.probe(source), {
      okMs: config.HEALTH_CACHE_OK_MS,
      failureMs: config.HEALTH_CACHE_FAILURE_MS,
    });
    this.history = new TrafficHistory(
      Math.ceil(config.HEALTH_HISTORY_MS / config.HEALTH_PROBE_INTERVAL_MS) + 1,
    );
    this.thresholds = {
      staleAfterMs: config.HEALTH_STALE_AFTER_MS,
      errorRate: config.HEALTH_ERROR_RATE_THRESHOLD,
      minRequests: config.HEALTH_MIN_REQUESTS,
      maxConsumerLag: config.HEALTH_MAX_CONSUMER_LAG,
    };
    this.subscription = requester.replies$.subscribe(({ source, at }) =>
      this.lastReplyAt.set(source, Math.max(at, this.lastReplyAt.get(source) ?? at)),
    );
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
  }

  /** Adds the metrics' totals of now to the history. */
  /**
   * The connector's status as the health model last assessed it (the monitor does so every
   * HEALTH_PROBE_INTERVAL_MS), with no check made for asking; UNKNOWN before the first.
   */
  lastStatus(source: SourceName): HealthStatus | 'UNKNOWN' {
    return this.statuses.get(source)?.status ?? 'UNKNOWN';
  }

  async sample(): Promise<void> {
    const totals = await Promise.all(SOURCES.map((source) => this.metrics.sourceTotals(source)));
    this.history.record({
      at: Date.now(),
      totals: new Map(SOURCES.map((source, index) => [source, totals[index]])),
    });
  }

  async readiness(): Promise<Readiness> {
    return readinessOf(await this.kafka.observe(), (source) =>
      this.kafka.ownsReplyPartition(source),
    );
  }

  async report(): Promise<HealthReport> {
    const kafka = await this.kafka.observe();
    const connectors = await Promise.all(SOURCES.map((source) => this.connector(source, kafka)));
    const { ready } = readinessOf(kafka, (source) => this.kafka.ownsReplyPartition(source));
    const worst = worstOf(connectors.map(({ status }) => status));
    return {
      status: ready ? worst : HealthStatus.Down,
      ready,
      kafka: { reachable: kafka.reachable, ...(kafka.problem && { problem: kafka.problem }) },
      connectors: Object.fromEntries(connectors.map((connector) => [connector.source, connector])),
    };
  }

  private async connector(source: SourceName, kafka: KafkaObservation): Promise<ConnectorHealth> {
    const descriptor = sourceDescriptor(source);
    const maintenance = this.maintenance.of(source);
    const replyPartition = this.kafka.ownsReplyPartition(source);
    const consumers = kafka.consumers?.get(source);
    // Nothing is asked of a source in maintenance, nor where no reply could come back.
    const askable = !maintenance && kafka.reachable && replyPartition && consumers?.replicas !== 0;
    const selfCheck = askable ? await this.selfChecks.get(source) : undefined;
    const totals = await this.metrics.sourceTotals(source);
    const now = Date.now();
    const traffic = this.history.window(source, totals, now, this.config.HEALTH_WINDOW_MS);
    const assessment = assessConnector(
      {
        source,
        latencyObjectiveMs: descriptor.latencyObjectiveMs,
        now,
        maintenance,
        kafkaReachable: kafka.reachable,
        replyPartition,
        consumers,
        selfCheck,
        lastReplyAt: this.lastReplyAt.get(source),
        traffic,
      },
      this.thresholds,
    );
    const lastProbe = this.selfChecks.last(source);
    return {
      source,
      title: descriptor.title,
      critical: descriptor.critical,
      latencyObjectiveMs: descriptor.latencyObjectiveMs,
      status: assessment.status,
      since: new Date(this.noteStatus(source, assessment, now)).toISOString(),
      reasons: assessment.reasons,
      lastReplyAt: iso(this.lastReplyAt.get(source)),
      lastProbe: lastProbe ? probeReport(lastProbe) : null,
      circuit: lastProbe ? (lastProbe.circuitOpen ? 'open' : 'closed') : 'unknown',
      replicas: consumers?.replicas ?? null,
      consumerLag: consumers?.lag ?? null,
      replyPartition,
      inFlight: totals.inFlight,
      traffic: { ...traffic, windowMs: this.config.HEALTH_WINDOW_MS },
      maintenance: maintenanceReport(maintenance),
    };
  }

  /** When the source's status last changed; logs each change. */
  private noteStatus(source: SourceName, { status, reasons }: ConnectorAssessment, now: number) {
    const known = this.statuses.get(source);
    if (known?.status === status) return known.since;
    this.statuses.set(source, { status, since: now });
    const codes = reasons.map(({ code }) => code);
    if (status === HealthStatus.Up) this.logger.log(`connector ${source} is UP`, { source });
    else this.logger.warn(`connector ${source} is ${status}`, { source, status, reasons: codes });
    return now;
  }
}

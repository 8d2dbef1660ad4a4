import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HEALTH_CHECK_OPERATION, RequestContext, SOURCES, SourceName } from '@interop/contracts';
import { randomUUID } from 'node:crypto';
import { GatewayConfig } from '../config/gateway.config';
import { childTraceparent } from '../request-context/trace-context';
import { SourceRequester } from '../source-requester/source-requester.service';
import { ConnectorStatus, ProbeResult } from './connector-health';
import { ConnectorHealthService } from './connector-health.service';
import { probeResultOf } from './probe-result';

/** A source that is not up is probed this often, so a starting system turns healthy within a second or so. */
const RETRY_AFTER_MS = 1000;
const PROBE_OFFICER_ID = 'system';

/** Asks every source for its self-check from boot on, one probe per source at a time. */
@Injectable()
export class HealthProber implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(HealthProber.name);
  private readonly timers = new Map<SourceName, NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly requester: SourceRequester,
    private readonly health: ConnectorHealthService,
    private readonly config: GatewayConfig,
  ) {}

  onApplicationBootstrap(): void {
    for (const source of SOURCES) void this.probeAndReschedule(source);
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
  }

  private async probeAndReschedule(source: SourceName): Promise<void> {
    const before = this.health.status(source);
    this.health.recordProbe(source, await this.probe(source));
    if (this.stopped) return;
    const after = this.health.status(source);
    if (after !== before) this.logTransition(source, after);
    const delay = Math.min(
      this.config.HEALTH_PROBE_INTERVAL_MS,
      after === 'up' ? Infinity : RETRY_AFTER_MS,
    );
    this.timers.set(
      source,
      setTimeout(() => void this.probeAndReschedule(source), delay),
    );
  }

  private async probe(source: SourceName): Promise<ProbeResult> {
    const startedAt = Date.now();
    const reply = await this.requester.request({
      source,
      operation: HEALTH_CHECK_OPERATION,
      payload: {},
      context: this.probeContext(startedAt),
    });
    return probeResultOf(reply, {
      startedAt,
      endedAt: Date.now(),
      timeoutMs: this.config.HEALTH_PROBE_TIMEOUT_MS,
    });
  }

  private probeContext(now: number): RequestContext {
    return {
      correlationId: `health-${randomUUID()}`,
      requester: this.config.GATEWAY_REQUESTER_ID,
      officerId: PROBE_OFFICER_ID,
      procedureCode: HEALTH_CHECK_OPERATION,
      deadline: now + this.config.HEALTH_PROBE_TIMEOUT_MS,
      traceparent: childTraceparent(undefined),
    };
  }

  private logTransition(source: SourceName, status: ConnectorStatus): void {
    const detail = this.health.report(true).connectors[source]?.lastProbe?.detail;
    if (status === 'up') this.logger.log(`connector ${source} is up`, { source, status });
    else this.logger.warn(`connector ${source} is ${status}`, { source, status, detail });
  }
}

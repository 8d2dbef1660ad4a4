import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { SOURCES, SourceName } from '@interop/contracts';
import { Subscription } from 'rxjs';
import { GatewayConfig } from '../config/gateway.config';
import { SourceRequester } from '../source-requester/source-requester.service';
import {
  connectorStatus,
  ConnectorState,
  ConnectorStatus,
  ProbeResult,
  withProbe,
  withReply,
} from './connector-health';
import { HealthReport, healthReport } from './health-report';

/** What the gateway knows of each source's health: its probes, and any reply as a sign of life. */
@Injectable()
export class ConnectorHealthService implements OnModuleDestroy {
  private readonly states = new Map<SourceName, ConnectorState>(
    SOURCES.map((source) => [source, {}]),
  );
  private readonly subscription: Subscription;

  constructor(
    requester: SourceRequester,
    private readonly config: GatewayConfig,
  ) {
    this.subscription = requester.replies$.subscribe(({ source, at }) =>
      this.states.set(source, withReply(this.stateOf(source), at)),
    );
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
  }

  recordProbe(source: SourceName, probe: ProbeResult): void {
    this.states.set(source, withProbe(this.stateOf(source), probe));
  }

  status(source: SourceName, now: number = Date.now()): ConnectorStatus {
    return connectorStatus(this.stateOf(source), now, this.config.HEALTH_STALE_AFTER_MS);
  }

  report(kafkaReachable: boolean, now: number = Date.now()): HealthReport {
    return healthReport(kafkaReachable, this.states, now, this.config.HEALTH_STALE_AFTER_MS);
  }

  private stateOf(source: SourceName): ConnectorState {
    return this.states.get(source) ?? {};
  }
}

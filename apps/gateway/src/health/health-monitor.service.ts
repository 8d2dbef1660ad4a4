import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { GatewayConfig } from '../config/gateway.config';
import { ConnectorHealthService } from './connector-health.service';

/**
 * Assesses every connector every HEALTH_PROBE_INTERVAL_MS even when nobody asks, so that status
 * changes are logged and dated as they happen, and samples the traffic for the history.
 */
@Injectable()
export class HealthMonitor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(HealthMonitor.name);
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly health: ConnectorHealthService,
    private readonly config: GatewayConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.tick();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async tick(): Promise<void> {
    try {
      await this.health.sample();
      await this.health.report();
    } catch (error) {
      this.logger.error('connector health could not be assessed', String(error));
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), this.config.HEALTH_PROBE_INTERVAL_MS);
  }
}

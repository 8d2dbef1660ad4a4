import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AdapterConfig } from '../config/adapter.config';
import { AdapterMetrics } from '../metrics/adapter-metrics';
import {
  ResilienceSettings,
  UpstreamClient,
  UpstreamClientSeams,
  UpstreamOptions,
} from './upstream-client';

export function resilienceSettingsOf(config: AdapterConfig): ResilienceSettings {
  return {
    attemptTimeoutMs: config.UPSTREAM_TIMEOUT_MS,
    retries: config.UPSTREAM_RETRY_ATTEMPTS,
    baseDelayMs: config.UPSTREAM_RETRY_BASE_MS,
    errorThresholdPercent: config.CIRCUIT_ERROR_THRESHOLD_PERCENT,
    volumeThreshold: config.CIRCUIT_VOLUME_THRESHOLD,
    resetMs: config.CIRCUIT_RESET_MS,
    maxInFlight: config.UPSTREAM_MAX_IN_FLIGHT,
    maxWaiting: config.UPSTREAM_MAX_WAITING,
  };
}

/**
 * Where adapters get their upstream clients, configured from AdapterConfig. Keeping every client
 * here lets the kit report circuit state in health checks and metrics, and stop the breakers at shutdown.
 */
@Injectable()
export class UpstreamClients implements OnApplicationShutdown {
  private readonly clients: UpstreamClient[] = [];

  constructor(
    private readonly config: AdapterConfig,
    private readonly metrics: AdapterMetrics,
  ) {
    metrics.watchUpstreams(() => this.clients);
  }

  create(options: UpstreamOptions, seams?: UpstreamClientSeams): UpstreamClient {
    const settings = resilienceSettingsOf(this.config);
    const client = new UpstreamClient(options, settings, seams, this.metrics);
    this.clients.push(client);
    return client;
  }

  get anyCircuitOpen(): boolean {
    return this.clients.some((client) => client.circuitOpen);
  }

  onApplicationShutdown(): void {
    this.clients.forEach((client) => client.shutdown());
  }
}

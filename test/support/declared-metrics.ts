import type { Admin } from 'kafkajs';
import { Registry } from 'prom-client';
import { AdapterMetrics } from '@interop/adapter-kit';
import { createMetricsRegistry, registerConsumerLag } from '@interop/platform';
import { AuditLogMetrics } from '../../apps/audit-log/src/metrics/audit-log-metrics';
import { GatewayMetrics } from '../../apps/gateway/src/metrics/gateway-metrics';

/** The series names a metric of each type exposes, after its own name. */
const SERIES_SUFFIXES: Record<string, string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/** Series Prometheus itself writes: each target's scrape health and the alerts' states. */
const PROMETHEUS_SERIES = ['up', 'ALERTS', 'ALERTS_FOR_STATE'];

const NEVER_CALLED = () => {
  throw new Error('metric names are read without collecting the metrics');
};

/**
 * The registries the apps build, with every metric each app registers: the gateway's, an
 * adapter's (the kit's, with its upstream and message gauges), the audit log's, the consumer lag
 * of the gateway and the adapters, and the process metrics all share. Built without Kafka: the
 * gauges read the broker only when collected, and nothing here collects them.
 */
function appRegistries(): Registry[] {
  const adapter = new AdapterMetrics();
  adapter.watchUpstreams(() => []);
  adapter.watchMessagesInHand(() => 0);
  registerConsumerLag(adapter.registry, NEVER_CALLED, () => [], NEVER_CALLED);
  const auditLog = new AuditLogMetrics({} as Admin, 'unused', NEVER_CALLED);
  return [
    new GatewayMetrics().registry,
    adapter.registry,
    auditLog.registry,
    createMetricsRegistry(),
  ];
}

/** Every series name a scrape of the apps can hold, with the ones Prometheus adds. */
export function declaredSeriesNames(): Set<string> {
  const names = appRegistries().flatMap((registry) =>
    registry
      .getMetricsAsArray()
      .flatMap(({ name, type }) => (SERIES_SUFFIXES[String(type)] ?? ['']).map((s) => name + s)),
  );
  return new Set([...names, ...PROMETHEUS_SERIES]);
}

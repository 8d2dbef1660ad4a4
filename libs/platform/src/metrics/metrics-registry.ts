import { collectDefaultMetrics, Registry } from 'prom-client';

/** Latency buckets of every histogram, in seconds: 1 ms to 10 s. */
export const LATENCY_BUCKETS_S = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/**
 * prom-client's gauges that break the naming conventions (`promtool check metrics` refuses a
 * gauge named `_total`); each is the sum of its per-type gauge, which stays.
 */
const MISNAMED_DEFAULTS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/**
 * One app's own registry, with the process metrics (CPU, memory, event loop, GC) under the
 * conventional names. Never prom-client's global one: tests run several apps in one process.
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  MISNAMED_DEFAULTS.forEach((name) => registry.removeSingleMetric(name));
  return registry;
}

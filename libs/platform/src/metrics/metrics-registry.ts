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

let processMetrics: Registry | undefined;

/**
 * The process metrics (CPU, memory, event loop, GC) are the process's, whichever app reports
 * them, and are collected once per process: each collector holds an event-loop monitor and a GC
 * observer for as long as the process lives.
 */
function processRegistry(): Registry {
  if (processMetrics) return processMetrics;
  processMetrics = new Registry();
  collectDefaultMetrics({ register: processMetrics });
  MISNAMED_DEFAULTS.forEach((name) => processMetrics?.removeSingleMetric(name));
  return processMetrics;
}

/**
 * One app's own registry, with the process metrics under their conventional names. Never
 * prom-client's global registry: tests run several apps in one process, each with its own.
 */
export function createMetricsRegistry(): Registry {
  return Registry.merge([processRegistry()]);
}

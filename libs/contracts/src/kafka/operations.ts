import { bySource, SourceName } from '../sources/source-registry';

/**
 * Every adapter answers this with its self-check (a cheap call to its upstream); the gateway's
 * health endpoint is built on it. Payload: `{}`. Data: `SelfCheckResult`.
 */
export const HEALTH_CHECK_OPERATION = 'health.check';

export interface SelfCheckResult {
  healthy: boolean;
  /** How long the upstream took to answer the self-check. */
  latencyMs: number;
  /** Why the check failed; never personal data. */
  detail?: string;
  /** Whether the adapter's circuit breaker towards its upstream is open. */
  circuitOpen: boolean;
}

/** Every operation each source answers, health checks aside: the vocabulary of access grants. */
export const SOURCE_OPERATIONS: Readonly<Record<SourceName, readonly string[]>> = bySource(
  ({ operations }) => operations.map(({ name }) => name),
);

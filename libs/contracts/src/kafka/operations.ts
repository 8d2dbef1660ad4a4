/** Operations of the population source, carried in `RequestMessage.operation`. */
export const PopulationOperation = {
  CitizenLookup: 'citizen.lookup',
  CitizenVerify: 'citizen.verify',
} as const;

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

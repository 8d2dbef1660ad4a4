import { randomBytes } from 'node:crypto';

/**
 * The kit's settings the suite runs an adapter with: small enough that every fault shows in
 * well under a second, so the whole suite stays fast.
 */
export const SUITE_SETTINGS = {
  /** Booting the simulator and an adapter (joining its consumer group) takes seconds. */
  setupTimeoutMs: 30_000,
  /** Each request's deadline: long enough for every attempt and retry below. */
  requestDeadlineMs: 4000,
  /** UPSTREAM_TIMEOUT_MS: the simulator answers in milliseconds when no latency is injected. */
  attemptTimeoutMs: 400,
  /** UPSTREAM_RETRY_ATTEMPTS: a transient fault costs the upstream exactly 1 + retries requests. */
  retries: 2,
  /** UPSTREAM_RETRY_BASE_MS. */
  retryBaseMs: 10,
  /** CIRCUIT_RESET_MS of the adapter instance that exercises the circuit. */
  circuitResetMs: 1000,
} as const;

/** Injected latency that outlasts any attempt. */
export const LATENCY_BEYOND_TIMEOUT_MS = SUITE_SETTINGS.attemptTimeoutMs + 1000;

/**
 * Most cases inject faults one after another into one adapter instance; its circuit must not open
 * from the failures they add up to, so its volume threshold is out of reach.
 */
const CIRCUIT_NEVER_OPENS = 1_000_000;

/** One failing request (its first attempt and every retry) is enough to open the circuit. */
const CIRCUIT_OPENS_ON_ONE_FAILED_REQUEST = 1 + SUITE_SETTINGS.retries;

export type CircuitBehaviour = 'never-opens' | 'opens-quickly';

export function suiteEnv(circuit: CircuitBehaviour, replyTopic: string): NodeJS.ProcessEnv {
  const volume =
    circuit === 'never-opens' ? CIRCUIT_NEVER_OPENS : CIRCUIT_OPENS_ON_ONE_FAILED_REQUEST;
  return {
    REPLY_TOPIC_PREFIXES: replyTopic,
    UPSTREAM_TIMEOUT_MS: String(SUITE_SETTINGS.attemptTimeoutMs),
    UPSTREAM_RETRY_ATTEMPTS: String(SUITE_SETTINGS.retries),
    UPSTREAM_RETRY_BASE_MS: String(SUITE_SETTINGS.retryBaseMs),
    CIRCUIT_ERROR_THRESHOLD_PERCENT: '50',
    CIRCUIT_VOLUME_THRESHOLD: String(volume),
    CIRCUIT_RESET_MS: String(SUITE_SETTINGS.circuitResetMs),
    // A key of this suite only: the conformance requests' subjects are synthetic.
    AUDIT_SUBJECT_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
  };
}

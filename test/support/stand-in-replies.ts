import { okReply, SourceName } from '@interop/contracts';

/** The handling time and upstream latency a stand-in adapter reports: fixed, so tests expect them. */
export const STAND_IN_DURATION_MS = 7;
export const STAND_IN_LATENCY_MS = 3;

/** The meta of a stand-in adapter's reply. */
export function standInMeta(source: SourceName) {
  return {
    source,
    fetchedAt: new Date().toISOString(),
    cached: false,
    durationMs: STAND_IN_DURATION_MS,
  };
}

/** A stand-in adapter's answer to the gateway's health check: healthy. */
export function healthyReply(source: SourceName) {
  return okReply(
    { healthy: true, latencyMs: STAND_IN_LATENCY_MS, circuitOpen: false },
    standInMeta(source),
  );
}

/** Polls `probe` every 200 ms until `accept` holds or `timeoutMs` has passed; answers the last value. */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

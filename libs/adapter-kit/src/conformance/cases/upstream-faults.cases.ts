import { ErrorCode } from '@interop/contracts';
import { ConformanceHarness } from '../harness/conformance-harness';
import { LATENCY_BEYOND_TIMEOUT_MS, SUITE_SETTINGS } from '../harness/suite-settings';
import { expectError } from './reply-expectations';

const ATTEMPTS_PER_TRANSIENT_FAULT = 1 + SUITE_SETTINGS.retries;

/** How the adapter reports an upstream that is slow, failing or garbled. */
export function describeUpstreamFaults<Fixtures>(harness: ConformanceHarness<Fixtures>): void {
  const { lookup } = harness.options;

  it('answers SOURCE_TIMEOUT within the deadline when the upstream is too slow', async () => {
    await harness.simulator.setFaults({ latencyMs: LATENCY_BEYOND_TIMEOUT_MS });
    const { reply, receivedAt, deadline } = await harness.ask(lookup);
    expect(expectError(reply, ErrorCode.SourceTimeout).retryable).toBe(true);
    expect(receivedAt).toBeLessThan(deadline);
  });

  it(`retries a 503 ${SUITE_SETTINGS.retries} times, then answers SOURCE_UNAVAILABLE`, async () => {
    await harness.simulator.setFaults({ outage: true });
    const { reply, upstreamRequests } = await harness.askCounted(lookup);
    expect(expectError(reply, ErrorCode.SourceUnavailable).retryable).toBe(true);
    expect(upstreamRequests).toBe(ATTEMPTS_PER_TRANSIENT_FAULT);
  });

  it('answers SOURCE_UNAVAILABLE to server errors in the upstream’s protocol, retries bounded', async () => {
    await harness.simulator.setFaults({ errorRate: 1 });
    const { reply, upstreamRequests } = await harness.askCounted(lookup);
    expect(expectError(reply, ErrorCode.SourceUnavailable).retryable).toBe(true);
    expect(upstreamRequests).toBeGreaterThanOrEqual(1);
    expect(upstreamRequests).toBeLessThanOrEqual(ATTEMPTS_PER_TRANSIENT_FAULT);
  });

  it('answers UPSTREAM_INVALID_RESPONSE to a malformed answer', async () => {
    await harness.simulator.setFaults({ malformed: true });
    const { reply } = await harness.ask(lookup);
    expect(expectError(reply, ErrorCode.UpstreamInvalidResponse).retryable).toBe(false);
  });
}

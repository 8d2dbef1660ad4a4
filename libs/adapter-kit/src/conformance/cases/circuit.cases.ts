import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode } from '@interop/contracts';
import { AdapterUnderTest, ConformanceHarness } from '../harness/conformance-harness';
import { SUITE_SETTINGS } from '../harness/suite-settings';
import { expectData, expectError, expectSelfCheck } from './reply-expectations';

/** Past the reset time, so that the next call is the half-open circuit's trial call. */
const AFTER_RESET_MS = SUITE_SETTINGS.circuitResetMs + 200;

/**
 * The circuit breaker, on an adapter instance of its own whose circuit opens on one failed
 * request: the other cases' failures never trip it, and its failures never reach them.
 */
export function describeCircuit<Fixtures>(harness: ConformanceHarness<Fixtures>): void {
  const { lookup } = harness.options;

  describe('circuit breaker', () => {
    let adapter: AdapterUnderTest;

    beforeAll(async () => {
      adapter = await harness.startAdapter('opens-quickly');
    }, SUITE_SETTINGS.setupTimeoutMs);

    it('opens after the failure threshold, then refuses at once without calling the upstream', async () => {
      await harness.simulator.setFaults({ outage: true });
      expectError((await harness.ask(lookup, adapter)).reply, ErrorCode.SourceUnavailable);

      const refused = await harness.askCounted(lookup, adapter);
      expectError(refused.reply, ErrorCode.SourceUnavailable);
      expect(refused.upstreamRequests).toBe(0);
      const health = expectSelfCheck(await harness.checkHealth(adapter));
      expect(health).toMatchObject({ healthy: false, circuitOpen: true });
    });

    it('closes again after the reset time, once the upstream answers', async () => {
      await harness.simulator.setFaults({ outage: true });
      expectError((await harness.ask(lookup, adapter)).reply, ErrorCode.SourceUnavailable);
      await harness.simulator.clearFaults();
      await sleep(AFTER_RESET_MS);

      const { reply } = await harness.ask(lookup, adapter);
      lookup.expect(expectData(reply), harness.fixtures);
      const health = expectSelfCheck(await harness.checkHealth(adapter));
      expect(health).toMatchObject({ healthy: true, circuitOpen: false });
    });
  });
}

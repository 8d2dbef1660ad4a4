import { ConformanceHarness } from '../harness/conformance-harness';
import { expectData } from './reply-expectations';

const TITLE = 'refreshes an expired or revoked token once, unseen by the requester';

/** Only for adapters that declare token-based auth; the others see the case skipped, and why. */
export function describeTokenRefresh<Fixtures>(harness: ConformanceHarness<Fixtures>): void {
  const { name, lookup, tokenAuth } = harness.options;
  if (!tokenAuth) {
    it.skip(`${TITLE} (skipped: ${name} declares no tokenAuth)`, () => undefined);
    return;
  }

  it(TITLE, async () => {
    expectData((await harness.ask(lookup)).reply);
    const withTokenHeld = (await harness.askCounted(lookup)).upstreamRequests;

    await tokenAuth.invalidateToken(harness.simulator.url);
    const { reply } = await harness.ask(lookup);
    lookup.expect(expectData(reply), harness.fixtures);

    // The new token is kept: the next lookup costs the upstream no more than before.
    const afterRefresh = await harness.askCounted(lookup);
    expectData(afterRefresh.reply);
    expect(afterRefresh.upstreamRequests).toBe(withTokenHeld);
  });
}

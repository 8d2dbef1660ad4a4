import { ConformanceHarness } from '../harness/conformance-harness';
import { expectSelfCheck } from './reply-expectations';

/** `health.check`, the self-check the gateway's health endpoint is built on (STYLE #4). */
export function describeHealth<Fixtures>(harness: ConformanceHarness<Fixtures>): void {
  it('reports itself healthy when the upstream answers', async () => {
    const result = expectSelfCheck(await harness.checkHealth());
    expect(result).toMatchObject({ healthy: true, circuitOpen: false });
    expect(result.detail).toBeUndefined();
  });

  it('reports itself unhealthy, saying why, during an upstream outage', async () => {
    await harness.simulator.setFaults({ outage: true });
    const result = expectSelfCheck(await harness.checkHealth());
    expect(result.healthy).toBe(false);
    expect(result.detail).toEqual(expect.stringMatching(/\S/));
  });
}

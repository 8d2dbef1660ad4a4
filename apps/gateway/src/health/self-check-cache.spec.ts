import { SourceName } from '@interop/contracts';
import { ProbeResult } from './connector-health';
import { SelfCheckCache } from './self-check-cache';

const TTL = { okMs: 2000, failureMs: 30_000 };

function harness(outcome: Partial<ProbeResult> = {}) {
  let now = 1_000_000;
  const probed: SourceName[] = [];
  let release: () => void = () => undefined;
  const probe = (source: SourceName) => {
    probed.push(source);
    return new Promise<ProbeResult>((resolve) => {
      release = () =>
        resolve({
          healthy: true,
          latencyMs: 3,
          circuitOpen: false,
          at: now,
          roundTripMs: 5,
          answered: true,
          ...outcome,
        });
    });
  };
  const cache = new SelfCheckCache(probe, TTL, () => now);
  return {
    cache,
    probed,
    release: () => release(),
    advance: (ms: number) => (now += ms),
  };
}

describe('SelfCheckCache', () => {
  it('asks once for any number of concurrent callers', async () => {
    const { cache, probed, release } = harness();
    const asked = Array.from({ length: 100 }, () => cache.get('population'));
    release();
    const results = await Promise.all(asked);
    expect(probed).toEqual(['population']);
    expect(new Set(results).size).toBe(1);
  });

  it('reuses a passed check for 2 s, then asks again', async () => {
    const { cache, probed, release, advance } = harness();
    const first = cache.get('population');
    release();
    await first;
    advance(1999);
    await cache.get('population');
    expect(probed).toHaveLength(1);
    advance(1);
    const again = cache.get('population');
    release();
    await again;
    expect(probed).toHaveLength(2);
  });

  it('reuses a failed check for 30 s', async () => {
    const { cache, probed, release, advance } = harness({ healthy: false, detail: 'down' });
    const first = cache.get('population');
    release();
    await first;
    advance(29_999);
    expect((await cache.get('population')).healthy).toBe(false);
    expect(probed).toHaveLength(1);
    advance(1);
    void cache.get('population');
    expect(probed).toHaveLength(2);
  });

  it('asks again after the short time for a probe nobody answered: no upstream was asked', async () => {
    const { cache, probed, release, advance } = harness({ healthy: false, answered: false });
    const first = cache.get('population');
    release();
    await first;
    advance(2000);
    void cache.get('population');
    expect(probed).toHaveLength(2);
  });

  it('keeps each source apart', async () => {
    const { cache, probed } = harness();
    void cache.get('population');
    void cache.get('civil-status');
    void cache.get('population');
    expect(probed).toEqual(['population', 'civil-status']);
  });
});

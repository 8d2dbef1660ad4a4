import { Bulkhead } from './bulkhead';

const inOneSecond = () => Date.now() + 1000;

describe('Bulkhead', () => {
  it('grants slots up to its capacity at once', async () => {
    const bulkhead = new Bulkhead(2);
    const slots = await Promise.all([
      bulkhead.acquire(inOneSecond()),
      bulkhead.acquire(inOneSecond()),
    ]);
    expect(slots.every((release) => typeof release === 'function')).toBe(true);
    expect(bulkhead.callsInFlight).toBe(2);
  });

  it('makes a caller beyond the cap wait for a slot, first come first served', async () => {
    const bulkhead = new Bulkhead(1);
    const release = await bulkhead.acquire(inOneSecond());
    const order: string[] = [];
    const first = bulkhead.acquire(inOneSecond()).then((r) => (order.push('first'), r));
    const second = bulkhead.acquire(inOneSecond()).then((r) => (order.push('second'), r));
    release!();
    (await first)!();
    await second;
    expect(order).toEqual(['first', 'second']);
    expect(bulkhead.callsInFlight).toBe(1);
  });

  it('gives up at the deadline, leaving the queue to others', async () => {
    const bulkhead = new Bulkhead(1);
    const release = await bulkhead.acquire(inOneSecond());
    const startedAt = Date.now();
    expect(await bulkhead.acquire(Date.now() + 30)).toBeUndefined();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(25);
    const later = bulkhead.acquire(inOneSecond());
    release!();
    expect(typeof (await later)).toBe('function');
  });

  it('refuses at once when the deadline has passed, and counts a double release once', async () => {
    const bulkhead = new Bulkhead(1);
    expect(await bulkhead.acquire(Date.now() - 1)).toBeUndefined();
    const release = await bulkhead.acquire(inOneSecond());
    release!();
    release!();
    expect(bulkhead.callsInFlight).toBe(0);
  });
});

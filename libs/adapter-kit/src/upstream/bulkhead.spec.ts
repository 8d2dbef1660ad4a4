import { ErrorCode } from '@interop/contracts';
import { Admission, Bulkhead, Release } from './bulkhead';
import { bulkheadRefusal } from './bulkhead-refusal';

const inOneSecond = () => Date.now() + 1000;

function releaseOf(admission: Admission): Release {
  if (!admission.granted) throw new Error(`expected a slot, got ${admission.reason}`);
  return admission.release;
}

describe('Bulkhead', () => {
  it('grants slots up to its capacity at once', async () => {
    const bulkhead = new Bulkhead(2);
    const slots = await Promise.all([
      bulkhead.acquire(inOneSecond()),
      bulkhead.acquire(inOneSecond()),
    ]);
    expect(slots.every((admission) => admission.granted)).toBe(true);
    expect(bulkhead.callsInFlight).toBe(2);
  });

  it('makes a caller beyond the cap wait for a slot, first come first served', async () => {
    const bulkhead = new Bulkhead(1);
    const release = releaseOf(await bulkhead.acquire(inOneSecond()));
    const order: string[] = [];
    const first = bulkhead.acquire(inOneSecond()).then((a) => (order.push('first'), a));
    const second = bulkhead.acquire(inOneSecond()).then((a) => (order.push('second'), a));
    expect(bulkhead.callsWaiting).toBe(2);
    release();
    releaseOf(await first)();
    await second;
    expect(order).toEqual(['first', 'second']);
    expect(bulkhead.callsInFlight).toBe(1);
  });

  it('gives up at the deadline, leaving the queue to others', async () => {
    const bulkhead = new Bulkhead(1);
    const release = releaseOf(await bulkhead.acquire(inOneSecond()));
    const startedAt = Date.now();
    expect(await bulkhead.acquire(Date.now() + 30)).toEqual({
      granted: false,
      reason: 'deadline-passed',
    });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(25);
    const later = bulkhead.acquire(inOneSecond());
    release();
    expect((await later).granted).toBe(true);
  });

  it('refuses at once when the deadline has passed, and counts a double release once', async () => {
    const bulkhead = new Bulkhead(1);
    expect(await bulkhead.acquire(Date.now() - 1)).toEqual({
      granted: false,
      reason: 'deadline-passed',
    });
    const release = releaseOf(await bulkhead.acquire(inOneSecond()));
    release();
    release();
    expect(bulkhead.callsInFlight).toBe(0);
  });

  it('refuses at once beyond its waiting room, which never grows past its bound', async () => {
    const bulkhead = new Bulkhead(1, 2);
    const release = releaseOf(await bulkhead.acquire(inOneSecond()));
    const waiting = [bulkhead.acquire(inOneSecond()), bulkhead.acquire(inOneSecond())];
    const startedAt = Date.now();
    expect(await bulkhead.acquire(inOneSecond())).toEqual({
      granted: false,
      reason: 'queue-full',
    });
    expect(Date.now() - startedAt).toBeLessThan(50);
    expect(bulkhead.callsWaiting).toBe(2);
    release();
    releaseOf(await waiting[0])();
    releaseOf(await waiting[1])();
    expect(bulkhead.callsInFlight).toBe(0);
  });
});

describe('bulkheadRefusal', () => {
  it('answers a full queue RATE_LIMITED, not to be retried, and a late call DEADLINE_EXCEEDED', () => {
    const full = bulkheadRefusal('queue-full', 'population');
    expect(full).toMatchObject({
      code: ErrorCode.RateLimited,
      details: { upstream: 'population' },
    });
    expect(full.transient).toBeFalsy();
    expect(bulkheadRefusal('deadline-passed', 'population').code).toBe(ErrorCode.DeadlineExceeded);
  });
});

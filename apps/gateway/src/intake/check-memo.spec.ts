import { CheckMemo } from './check-memo';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('CheckMemo', () => {
  let now: number;
  const memo = (maxEntries = 10) =>
    new CheckMemo<string>({ ttlMs: 1000, maxEntries, now: () => now });

  beforeEach(() => (now = 0));

  it('runs the work once for a key repeated while it is in flight', async () => {
    const checks = memo();
    const pending = deferred<string>();
    const work = jest.fn(() => pending.promise);
    const first = checks.run('a', work);
    const second = checks.run('a', work);
    pending.resolve('answer');
    expect(first.shared).toBe(false);
    expect(second.shared).toBe(true);
    expect(await second.answer).toBe('answer');
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('gives the answer again until the time to live has passed, then works again', async () => {
    const checks = memo();
    let calls = 0;
    const work = jest.fn(async (): Promise<string> => `answer ${++calls}`);
    await checks.run('a', work).answer;
    await flush();
    now = 999;
    expect(await checks.run('a', work).answer).toBe('answer 1');
    now = 1000;
    expect(checks.run('a', work).shared).toBe(false);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('keeps keys apart', async () => {
    const checks = memo();
    const work = jest.fn(async () => 'x');
    checks.run('a', work);
    expect(checks.run('b', work).shared).toBe(false);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('forgets work that failed, so that it can be tried again', async () => {
    const checks = memo();
    await expect(checks.run('a', () => Promise.reject(new Error('bug'))).answer).rejects.toThrow();
    await flush();
    expect(checks.run('a', async () => 'ok').shared).toBe(false);
  });

  it('keeps at most maxEntries, forgetting the oldest', async () => {
    const checks = memo(2);
    for (const key of ['a', 'b', 'c']) checks.run(key, async () => key);
    expect(checks.size).toBe(2);
    expect(checks.run('a', async () => 'again').shared).toBe(false);
    expect(checks.run('c', async () => 'again').shared).toBe(true);
  });

  it('sweeps expired answers out as new keys come', async () => {
    const checks = memo();
    await checks.run('a', async () => 'a').answer;
    await flush();
    now = 5000;
    checks.run('b', async () => 'b');
    expect(checks.size).toBe(1);
  });
});

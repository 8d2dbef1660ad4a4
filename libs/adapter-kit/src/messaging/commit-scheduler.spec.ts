import { CommitScheduler } from './commit-scheduler';
import { OffsetLedger } from './offset-ledger';

const logger = { log: jest.fn(), error: jest.fn(), warn: jest.fn() };

function answered(ledger: OffsetLedger, partition: number, offset: string) {
  ledger.of(partition).take(offset);
  ledger.of(partition).finish(offset);
}

describe('CommitScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('makes one commit per interval of everything answered by then', async () => {
    const ledger = new OffsetLedger();
    const commit = jest.fn(async () => undefined);
    const scheduler = new CommitScheduler(ledger, commit, 100, logger);
    answered(ledger, 0, '0');
    scheduler.schedule();
    answered(ledger, 1, '5');
    scheduler.schedule();
    await jest.advanceTimersByTimeAsync(99);
    expect(commit).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith([
      { partition: 0, offset: '1' },
      { partition: 1, offset: '6' },
    ]);
    await scheduler.flush();
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('keeps offsets whose commit failed, and commits them on the next round', async () => {
    const ledger = new OffsetLedger();
    const commit = jest
      .fn<Promise<void>, unknown[]>()
      .mockRejectedValueOnce(new Error('REBALANCE_IN_PROGRESS'))
      .mockResolvedValue(undefined);
    const scheduler = new CommitScheduler(ledger, commit, 50, logger);
    answered(ledger, 0, '3');
    await scheduler.flush();
    expect(logger.warn).toHaveBeenCalledWith('offsets not committed yet, retrying', {
      cause: 'Error: REBALANCE_IN_PROGRESS',
    });
    await jest.advanceTimersByTimeAsync(50);
    expect(commit).toHaveBeenCalledTimes(2);
    expect(commit).toHaveBeenLastCalledWith([{ partition: 0, offset: '4' }]);
    expect(ledger.pendingCommits()).toEqual([]);
  });

  it('never runs two commits at once', async () => {
    const ledger = new OffsetLedger();
    let running = 0;
    let most = 0;
    const commit = jest.fn(async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running -= 1;
    });
    const scheduler = new CommitScheduler(ledger, commit, 1, logger);
    answered(ledger, 0, '0');
    const first = scheduler.flush();
    await jest.advanceTimersByTimeAsync(1);
    answered(ledger, 0, '1');
    const second = scheduler.flush();
    await jest.advanceTimersByTimeAsync(30);
    await Promise.all([first, second]);
    expect(commit).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('once closed, commits what is ready one last time and never retries a failure', async () => {
    const ledger = new OffsetLedger();
    const commit = jest.fn(async () => {
      throw new Error('The consumer is not connected');
    });
    const scheduler = new CommitScheduler(ledger, commit, 10, logger);
    answered(ledger, 0, '7');
    await scheduler.close();
    expect(commit).toHaveBeenCalledWith([{ partition: 0, offset: '8' }]);
    scheduler.schedule();
    await jest.advanceTimersByTimeAsync(1000);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(jest.getTimerCount()).toBe(0);
  });
});

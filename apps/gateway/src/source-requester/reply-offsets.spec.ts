import { Logger } from '@nestjs/common';
import { ReplyOffsets } from './reply-offsets';

describe('ReplyOffsets', () => {
  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('commits once per interval where each partition has been read up to', async () => {
    const commit = jest.fn(async () => undefined);
    const offsets = new ReplyOffsets(commit, 1000);
    offsets.read('replies', 0, '7');
    offsets.read('replies', 0, '8');
    offsets.read('replies', 3, '41');
    await jest.advanceTimersByTimeAsync(999);
    expect(commit).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith([
      { topic: 'replies', partition: 0, offset: '9' },
      { topic: 'replies', partition: 3, offset: '42' },
    ]);
    await jest.advanceTimersByTimeAsync(5000);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('shrugs off a failed commit, which the next one makes good', async () => {
    const commit = jest.fn().mockRejectedValueOnce(new Error('rebalancing'));
    const offsets = new ReplyOffsets(commit, 10);
    offsets.read('replies', 1, '3');
    await expect(offsets.flush()).resolves.toBeUndefined();
    offsets.read('replies', 1, '4');
    await offsets.flush();
    expect(commit).toHaveBeenLastCalledWith([{ topic: 'replies', partition: 1, offset: '5' }]);
  });
});

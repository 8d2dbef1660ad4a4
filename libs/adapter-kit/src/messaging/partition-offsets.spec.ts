import { OffsetLedger } from './offset-ledger';
import { PartitionOffsets } from './partition-offsets';

function taken(...offsets: number[]): PartitionOffsets {
  const tracker = new PartitionOffsets();
  offsets.forEach((offset) => tracker.take(String(offset)));
  return tracker;
}

describe('PartitionOffsets', () => {
  it('commits nothing while the first message taken is unfinished', () => {
    const tracker = taken(10, 11, 12);
    tracker.finish('11');
    tracker.finish('12');
    expect(tracker.toCommit()).toBeUndefined();
    expect(tracker.inHand).toBe(1);
  });

  it('commits only the gapless done prefix when messages finish out of order', () => {
    const tracker = taken(10, 11, 12, 13);
    tracker.finish('12');
    tracker.finish('10');
    expect(tracker.toCommit()).toBe('11');
    tracker.finish('11');
    expect(tracker.toCommit()).toBe('13');
    tracker.finish('13');
    expect(tracker.toCommit()).toBe('14');
    expect(tracker.inHand).toBe(0);
  });

  it('steps over offsets the partition never delivered (compacted away, control records)', () => {
    const tracker = taken(3, 7, 8);
    tracker.finish('3');
    tracker.finish('7');
    expect(tracker.toCommit()).toBe('8');
  });

  it('offers an offset once: after it is committed, until the prefix moves again', () => {
    const tracker = taken(0, 1);
    tracker.finish('0');
    tracker.committed(tracker.toCommit()!);
    expect(tracker.toCommit()).toBeUndefined();
    tracker.finish('1');
    expect(tracker.toCommit()).toBe('2');
  });

  it('knows the messages already taken, which a fetch after a rebalance delivers again', () => {
    const tracker = taken(5, 6);
    tracker.finish('5');
    expect(tracker.has('5')).toBe(true);
    expect(tracker.has('6')).toBe(true);
    expect(tracker.has('7')).toBe(false);
  });

  it('refuses offsets out of order, and ignores a second finish', () => {
    const tracker = taken(5);
    expect(() => tracker.take('5')).toThrow('out of order');
    tracker.finish('5');
    tracker.finish('5');
    expect(tracker.inHand).toBe(0);
  });
});

describe('OffsetLedger', () => {
  it('offers each partition’s commit and forgets partitions a rebalance took away', () => {
    const ledger = new OffsetLedger();
    ledger.of(0).take('4');
    ledger.of(0).finish('4');
    ledger.of(2).take('9');
    ledger.of(2).finish('9');
    ledger.of(3).take('1');
    expect(ledger.pendingCommits().map(({ partition, offset }) => [partition, offset])).toEqual([
      [0, '5'],
      [2, '10'],
    ]);
    expect(ledger.inHand).toBe(1);

    ledger.retain([0, 3]);
    expect(ledger.pendingCommits().map(({ partition }) => partition)).toEqual([0]);
    expect(ledger.of(2).has('9')).toBe(false);
  });
});

import { PartitionOffsets } from './partition-offsets';

/** An offset ready to be committed, with the tracker to tell once it is. */
export interface PendingCommit {
  partition: number;
  offset: string;
  tracker: PartitionOffsets;
}

/** The offsets in hand for each partition of one topic this replica holds. */
export class OffsetLedger {
  private readonly partitions = new Map<number, PartitionOffsets>();

  of(partition: number): PartitionOffsets {
    let tracker = this.partitions.get(partition);
    if (!tracker) {
      tracker = new PartitionOffsets();
      this.partitions.set(partition, tracker);
    }
    return tracker;
  }

  /**
   * Forgets the partitions a rebalance gave to other replicas. Requests of theirs still in hand
   * are answered, but not committed: the new holder starts from the last commit, so a request
   * may be answered twice (the requester keeps the first answer), never lost.
   */
  retain(assigned: readonly number[]): void {
    for (const partition of [...this.partitions.keys()]) {
      if (!assigned.includes(partition)) this.partitions.delete(partition);
    }
  }

  get inHand(): number {
    let count = 0;
    for (const tracker of this.partitions.values()) count += tracker.inHand;
    return count;
  }

  pendingCommits(): PendingCommit[] {
    const pending: PendingCommit[] = [];
    for (const [partition, tracker] of this.partitions) {
      const offset = tracker.toCommit();
      if (offset !== undefined) pending.push({ partition, offset, tracker });
    }
    return pending;
  }
}

interface InHand {
  offset: bigint;
  done: boolean;
}

/**
 * The messages of one partition taken in hand, in offset order, and which of them are done.
 * Messages finish in any order; only the prefix finished without a gap may be committed, so
 * that whatever a crash interrupts is delivered again.
 */
export class PartitionOffsets {
  private readonly inOrder: InHand[] = [];
  private readonly byOffset = new Map<string, InHand>();
  private highestTaken?: bigint;
  private doneUpTo?: bigint;
  private committedUpTo?: bigint;
  private unfinished = 0;

  /** Messages taken and not yet done. */
  get inHand(): number {
    return this.unfinished;
  }

  /**
   * Whether the message was already taken while this replica held the partition: after a
   * rebalance, fetching starts again from the last commit, behind messages still in hand.
   */
  has(offset: string): boolean {
    return this.highestTaken !== undefined && BigInt(offset) <= this.highestTaken;
  }

  /** Takes a message in hand; offsets must come in increasing order, as a partition delivers them. */
  take(offset: string): void {
    const entry = { offset: BigInt(offset), done: false };
    if (this.highestTaken !== undefined && entry.offset <= this.highestTaken) {
      throw new Error(`offset ${offset} taken out of order`);
    }
    this.highestTaken = entry.offset;
    this.unfinished += 1;
    this.inOrder.push(entry);
    this.byOffset.set(offset, entry);
  }

  /** Marks a message done: answered, or given up for good. */
  finish(offset: string): void {
    const entry = this.byOffset.get(offset);
    if (!entry || entry.done) return;
    entry.done = true;
    this.unfinished -= 1;
    while (this.inOrder[0]?.done) {
      const next = this.inOrder.shift()!;
      this.byOffset.delete(next.offset.toString());
      this.doneUpTo = next.offset;
    }
  }

  /** The offset to commit (Kafka's "next to read": one past the gapless done prefix), if it moved. */
  toCommit(): string | undefined {
    if (this.doneUpTo === undefined || this.doneUpTo === this.committedUpTo) return undefined;
    return (this.doneUpTo + 1n).toString();
  }

  /** Records that `toCommit()`'s offset was committed. */
  committed(offset: string): void {
    const upTo = BigInt(offset) - 1n;
    if (this.committedUpTo === undefined || upTo > this.committedUpTo) this.committedUpTo = upTo;
  }
}

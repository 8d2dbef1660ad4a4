import { Logger } from '@nestjs/common';

export interface TopicPartitionOffset {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Where each reply partition has been read up to, committed once per interval. kafkajs would
 * commit after every fetch, which at a moderate rate means a commit request per reply; replies
 * need no more than this: a replica that restarts only re-reads, and drops, an interval's worth.
 */
export class ReplyOffsets {
  private readonly readUpTo = new Map<string, TopicPartitionOffset>();
  private timer?: NodeJS.Timeout;
  private readonly logger = new Logger(ReplyOffsets.name);

  constructor(
    private readonly commit: (offsets: TopicPartitionOffset[]) => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  /** A reply was read: the partition's next offset to read is the one after it. */
  read(topic: string, partition: number, offset: string): void {
    const next = (BigInt(offset) + 1n).toString();
    this.readUpTo.set(`${topic}:${partition}`, { topic, partition, offset: next });
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs).unref();
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const offsets = [...this.readUpTo.values()];
    if (offsets.length === 0) return;
    this.readUpTo.clear();
    try {
      await this.commit(offsets);
    } catch (error) {
      // A rebalance under way, or the consumer closing: the next reply's commit covers these.
      this.logger.debug('reply offsets not committed', { cause: String(error) });
    }
  }
}

import { LoggerService } from '@nestjs/common';
import { OffsetLedger } from './offset-ledger';

export type CommitOffsets = (
  offsets: Array<{ partition: number; offset: string }>,
) => Promise<void>;

/**
 * Commits the offsets of answered requests at most once per interval, one commit at a time.
 * Committing after every reply would cost the broker a request per message and buy no safety:
 * a crash before a commit only means that those requests are answered again.
 */
export class CommitScheduler {
  private timer?: NodeJS.Timeout;
  private latest: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly ledger: OffsetLedger,
    private readonly commit: CommitOffsets,
    private readonly intervalMs: number,
    private readonly logger: LoggerService,
  ) {}

  /** Asks for a commit within the interval; many asks before it fires make one commit. */
  schedule(): void {
    if (this.closed) return;
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs);
  }

  /** Commits what is ready now, once any commit under way has ended. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.latest = this.latest.then(() => this.commitPending());
    return this.latest;
  }

  /**
   * Commits what is ready one last time, then schedules nothing more: the consumer is about to
   * leave its group, and a commit that fails now would otherwise be retried forever. Offsets left
   * uncommitted only mean that the next holder of the partition answers those requests again.
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async commitPending(): Promise<void> {
    const pending = this.ledger.pendingCommits();
    if (pending.length === 0) return;
    try {
      await this.commit(pending.map(({ partition, offset }) => ({ partition, offset })));
      pending.forEach(({ tracker, offset }) => tracker.committed(offset));
    } catch (error) {
      // Usually a rebalance under way; the next commit carries these offsets too.
      this.logger.warn('offsets not committed yet, retrying', { cause: String(error) });
      this.schedule();
    }
  }
}

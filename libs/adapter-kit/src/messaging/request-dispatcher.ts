import { LoggerService } from '@nestjs/common';
import { Bulkhead, Release } from '../upstream/bulkhead';
import { OffsetLedger } from './offset-ledger';
import { PartitionOffsets } from './partition-offsets';

export interface OffsetMessage {
  offset: string;
}

export interface MessageBatch<M extends OffsetMessage> {
  partition: number;
  messages: M[];
}

/** The part of kafkajs's eachBatch payload the dispatcher drives. */
export interface BatchControl {
  /** Moves the fetch position past a message; committing is separate. */
  resolveOffset(offset: string): void;
  /** Tells the group this member is alive; throws when a rebalance needs it to rejoin. */
  heartbeat(): Promise<void>;
  isRunning(): boolean;
}

export interface DispatcherOptions {
  /** Messages in hand at once, over all partitions. */
  maxInFlight: number;
  /** How often a batch waiting for a free slot heartbeats. */
  heartbeatEveryMs?: number;
  /** Called whenever a message is done, so that its offset gets committed. */
  onFinished: () => void;
  logger: LoggerService;
}

const DEFAULT_HEARTBEAT_EVERY_MS = 1000;

/**
 * Runs request messages concurrently, within and across partitions, up to a cap. A batch hands
 * over its messages as slots free up and returns once all are started, so the next fetch comes
 * while they run; the ledger then lets only the gapless done prefix of a partition be committed.
 */
export class RequestDispatcher<M extends OffsetMessage> {
  private readonly slots: Bulkhead;
  private readonly running = new Set<Promise<void>>();
  private taking = true;

  constructor(
    private readonly work: (message: M) => Promise<void>,
    private readonly ledger: OffsetLedger,
    private readonly options: DispatcherOptions,
  ) {
    this.slots = new Bulkhead(options.maxInFlight);
  }

  get inFlight(): number {
    return this.running.size;
  }

  async dispatch(batch: MessageBatch<M>, control: BatchControl): Promise<void> {
    const offsets = this.ledger.of(batch.partition);
    for (const message of batch.messages) {
      if (!this.canTake(control)) return;
      if (offsets.has(message.offset)) {
        control.resolveOffset(message.offset);
        continue;
      }
      const release = await this.freeSlot(control);
      if (!release) return;
      offsets.take(message.offset);
      control.resolveOffset(message.offset);
      this.start(message, offsets, release);
    }
  }

  /** Takes no further message; those in hand go on. */
  stopTaking(): void {
    this.taking = false;
  }

  /** Waits until no message is in hand, or `timeoutMs` has passed; answers how many remain. */
  async drain(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeUp = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.all(this.running), timeUp]);
    clearTimeout(timer);
    return this.running.size;
  }

  private canTake(control: BatchControl): boolean {
    return this.taking && control.isRunning();
  }

  private async freeSlot(control: BatchControl): Promise<Release | undefined> {
    const every = this.options.heartbeatEveryMs ?? DEFAULT_HEARTBEAT_EVERY_MS;
    for (;;) {
      const slot = await this.slots.acquire(Date.now() + every);
      if (slot.granted && this.canTake(control)) return slot.release;
      if (slot.granted) slot.release();
      if (!this.canTake(control)) return undefined;
      // Every slot is held by a slow request: the group must still hear from this member.
      await control.heartbeat();
    }
  }

  private start(message: M, offsets: PartitionOffsets, release: Release): void {
    const done = this.work(message)
      .catch((error: unknown) => {
        // The work answers every failure itself; reaching here is a bug, logged, never retried.
        this.options.logger.error('request message work threw', String(error));
      })
      .finally(() => {
        release();
        offsets.finish(message.offset);
        this.running.delete(done);
        this.options.onFinished();
      });
    this.running.add(done);
  }
}

import { AuditEvent } from '@interop/contracts';
import { Checkpoint } from '../ledger/checkpoint';
import { ChainHead, chainRows, makeCheckpoint } from '../ledger/ledger-chain';
import { LedgerRow } from '../ledger/ledger-verifier';
import { SigningKey } from '../ledger/signing-key';
import { columnValues } from '../store/event-columns';
import {
  insertCheckpoint,
  insertRows,
  lastCheckpoint,
  readHead,
  readRows,
  storedEventIds,
} from '../store/ledger.repository';
import { SqlRunner, SqlStore } from '../store/sql-store';

/** A validated event and the bytes it is hashed as. */
export interface ReceivedEvent {
  event: AuditEvent;
  canonical: string;
}

export interface AppendResult {
  appended: number;
  /** Events the log already held (redeliveries, producer retries), skipped. */
  duplicates: number;
  checkpoints: Checkpoint[];
}

export interface CheckpointPolicy {
  /** Sign once this many rows are unsigned. */
  every: number;
}

/** What the writer knows of the log between transactions; re-read whenever it may be stale. */
interface LedgerState {
  head: ChainHead;
  lastCheckpoint?: Checkpoint;
  unsigned: LedgerRow[];
  unsignedSince: number;
}

/**
 * The only writer of the log. Each call is one transaction: it skips events already stored,
 * chains the rest after the head, and signs a checkpoint at every `every` rows. Calls never
 * overlap. State is re-read from the database at the start, after a failure, and whenever the
 * head is not where this writer left it (another replica wrote meanwhile).
 */
export class LedgerWriter {
  private state?: LedgerState;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: SqlStore,
    private readonly key: SigningKey,
    private readonly policy: CheckpointPolicy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  append(events: ReceivedEvent[]): Promise<AppendResult> {
    return this.serialised(() => this.appendNow(events));
  }

  /** Signs the rows not yet covered, if any: on a timer, and when stopping. */
  checkpointUnsigned(): Promise<Checkpoint | undefined> {
    return this.serialised(() => this.checkpointNow());
  }

  /** When the oldest row not yet signed was appended (epoch ms), if there is one. */
  get unsignedSince(): number | undefined {
    return this.state?.unsigned.length ? this.state.unsignedSince : undefined;
  }

  private async appendNow(events: ReceivedEvent[]): Promise<AppendResult> {
    return this.inTransaction(async (tx, state) => {
      const fresh = await this.unseen(tx, events);
      const rows = chainRows(
        state.head,
        fresh.map(({ canonical }) => canonical),
      );
      await insertRows(
        tx,
        rows.map((row, i) => ({ ...row, columns: columnValues(fresh[i].event) })),
      );
      const unsigned = [...state.unsigned, ...rows];
      const checkpoints: Checkpoint[] = [];
      let previous = state.lastCheckpoint;
      while (unsigned.length >= this.policy.every) {
        previous = makeCheckpoint(
          unsigned.splice(0, this.policy.every),
          previous,
          this.key,
          this.now(),
        );
        await insertCheckpoint(tx, previous);
        checkpoints.push(previous);
      }
      const head = rows.length > 0 ? rows[rows.length - 1] : state.head;
      return {
        result: { appended: rows.length, duplicates: events.length - rows.length, checkpoints },
        state: {
          head: { seq: head.seq, hash: head.hash },
          lastCheckpoint: previous,
          unsigned,
          unsignedSince: state.unsigned.length > 0 ? state.unsignedSince : this.now().getTime(),
        },
      };
    });
  }

  private async checkpointNow(): Promise<Checkpoint | undefined> {
    return this.inTransaction(async (tx, state) => {
      if (state.unsigned.length === 0) return { result: undefined, state };
      const checkpoint = makeCheckpoint(state.unsigned, state.lastCheckpoint, this.key, this.now());
      await insertCheckpoint(tx, checkpoint);
      return { result: checkpoint, state: { ...state, lastCheckpoint: checkpoint, unsigned: [] } };
    });
  }

  /** Each event id once: the first of repeats within the batch, none the log already holds. */
  private async unseen(tx: SqlRunner, events: ReceivedEvent[]): Promise<ReceivedEvent[]> {
    const ids = events.map(({ event }) => event.eventId.toLowerCase());
    const stored = await storedEventIds(tx, ids);
    return events.filter((_, i) => {
      if (stored.has(ids[i])) return false;
      stored.add(ids[i]);
      return true;
    });
  }

  private async inTransaction<T>(
    work: (tx: SqlRunner, state: LedgerState) => Promise<{ result: T; state: LedgerState }>,
  ): Promise<T> {
    try {
      const { result, state } = await this.store.transaction(async (tx) => {
        const head = await readHead(tx);
        const known = this.state;
        const current =
          known && known.head.seq === head.seq && known.head.hash === head.hash
            ? known
            : await readState(tx, head, this.now().getTime());
        return work(tx, current);
      });
      this.state = state;
      return result;
    } catch (error) {
      this.state = undefined;
      throw error;
    }
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

async function readState(tx: SqlRunner, head: ChainHead, now: number): Promise<LedgerState> {
  const checkpoint = await lastCheckpoint(tx);
  const unsigned = await readRows(tx, checkpoint?.treeSize ?? 0, Number.MAX_SAFE_INTEGER);
  return {
    head,
    lastCheckpoint: checkpoint,
    unsigned: unsigned.map(({ seq, prevHash, hash, canonical }) => ({
      seq,
      prevHash,
      hash,
      canonical,
    })),
    unsignedSince: now,
  };
}

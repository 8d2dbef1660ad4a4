interface Entry<T> {
  answer: Promise<T>;
  /** When the answer stops being given again; unset while it is being worked out. */
  expiresAt?: number;
}

export interface Remembered<T> {
  answer: Promise<T>;
  /** True when the answer is that of an earlier call with the same key. */
  shared: boolean;
}

export interface CheckMemoOptions {
  /** How long a finished answer is given again to a repeated key. */
  ttlMs: number;
  /** The most answers kept; the oldest go first. */
  maxEntries: number;
  now?: () => number;
}

/**
 * Single flight and a short-lived answer cache, in memory: while a key's work is in flight a
 * repeated key waits for the same answer, and for `ttlMs` after it the answer is given again.
 * Work that fails is forgotten, so that it can be tried again.
 */
export class CheckMemo<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: CheckMemoOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  run(key: string, work: () => Promise<T>): Remembered<T> {
    this.forgetExpired();
    const known = this.entries.get(key);
    if (known) return { answer: known.answer, shared: true };
    const entry: Entry<T> = { answer: work() };
    this.entries.set(key, entry);
    entry.answer.then(
      () => (entry.expiresAt = this.now() + this.options.ttlMs),
      () => this.entries.delete(key),
    );
    this.forgetOldestBeyondCapacity();
    return { answer: entry.answer, shared: false };
  }

  /** Entries are in insertion order, so the oldest expire first; one still in flight stops the sweep. */
  private forgetExpired(): void {
    const now = this.now();
    for (const [key, { expiresAt }] of this.entries) {
      if (expiresAt === undefined || expiresAt > now) return;
      this.entries.delete(key);
    }
  }

  private forgetOldestBeyondCapacity(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) return;
      this.entries.delete(key);
    }
  }
}

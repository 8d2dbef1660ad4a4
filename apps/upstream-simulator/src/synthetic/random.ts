/** One entry of a weighted table: a value and its relative weight. */
export type Weighted<T> = readonly [value: T, weight: number];

/** A weighted table prepared once, so that each draw is a binary search. */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
}

export function weightedTable<T>(entries: readonly Weighted<T>[]): WeightedTable<T> {
  let total = 0;
  const cumulative = entries.map(([, weight]) => (total += weight));
  return { values: entries.map(([value]) => value), cumulative };
}

/**
 * A seeded pseudo-random source (mulberry32). The population must be identical for the same
 * seed on every machine and every run, so nothing in the generator may use Math.random.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  pickWeighted<T>(table: WeightedTable<T>): T {
    const target = this.next() * table.cumulative[table.cumulative.length - 1];
    let low = 0;
    let high = table.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (table.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return table.values[low];
  }

  /** A zero-padded string of `length` random digits. */
  digits(length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += String(this.int(0, 9));
    return text;
  }
}

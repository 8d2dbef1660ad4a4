import { Random } from '../../synthetic/random';

/** An ISO calendar day, `YYYY-MM-DD`: how the register keeps its dates. */
export type IsoDay = string;

const DAY_MS = 86_400_000;

/** The register is a snapshot taken early in 2025, like the population it follows. */
export const LAST_RECORDED_DAY: IsoDay = '2025-01-31';
/** The last whole year the snapshot covers. */
export const LAST_FULL_YEAR = 2024;

export function isoDay(year: number, month: number, day: number): IsoDay {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: IsoDay): number {
  return Number(day.slice(0, 4));
}

/** A day drawn evenly from `from` to `until`, both included; `from` when the range is empty. */
export function dayBetween(random: Random, from: IsoDay, until: IsoDay): IsoDay {
  const span = Math.round((Date.parse(until) - Date.parse(from)) / DAY_MS);
  return addDays(from, span > 0 ? random.int(0, span) : 0);
}

/** A day of `year`, drawn evenly, never past the snapshot. */
export function dayIn(random: Random, year: number): IsoDay {
  return earliest(dayBetween(random, isoDay(year, 1, 1), isoDay(year, 12, 31)), LAST_RECORDED_DAY);
}

export function earliest(a: IsoDay, b: IsoDay): IsoDay {
  return a < b ? a : b;
}

export function latest(a: IsoDay, b: IsoDay): IsoDay {
  return a > b ? a : b;
}

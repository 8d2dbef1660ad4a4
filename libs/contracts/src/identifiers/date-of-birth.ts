/**
 * A date of birth as the population database records it: full (`YYYY-MM-DD`) or, for people
 * whose day and month were never registered, the year alone (`YYYY`).
 */
export interface DateOfBirth {
  year: number;
  month?: number;
  day?: number;
}

export const EARLIEST_BIRTH_YEAR = 1900;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_ONLY = /^(\d{4})$/;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parseDateOfBirth(text: string, today: Date = new Date()): Parsed<DateOfBirth> {
  const full = FULL_DATE.exec(text);
  const yearOnly = YEAR_ONLY.exec(text);
  if (!full && !yearOnly) {
    return { ok: false, reason: 'must be a date YYYY-MM-DD or a year YYYY' };
  }
  const year = Number((full ?? yearOnly)![1]);
  if (year < EARLIEST_BIRTH_YEAR) {
    return { ok: false, reason: `year must not be before ${EARLIEST_BIRTH_YEAR}` };
  }
  if (!full) {
    return year > today.getUTCFullYear()
      ? { ok: false, reason: 'must not be in the future' }
      : { ok: true, value: { year } };
  }
  const month = Number(full[2]);
  const day = Number(full[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: 'is not a calendar date' };
  }
  if (date.getTime() > today.getTime()) {
    return { ok: false, reason: 'must not be in the future' };
  }
  return { ok: true, value: { year, month, day } };
}

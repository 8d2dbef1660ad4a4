import { Random, weightedTable } from '../../synthetic/random';
import { FIRST_REGISTRATION_YEAR, LAST_REGISTRATION_YEAR } from './enterprise-code.allocator';

/**
 * The registry as it stood on this day, so that the same seed gives the same registry whatever
 * today's date is: nothing is registered after it.
 */
export const REGISTRY_SNAPSHOT = { year: LAST_REGISTRATION_YEAR, lastMonth: 6 };

/** Registrations per year grew with each enterprise law (1999, 2005, 2014, 2020). */
function weightOfYear(year: number): number {
  if (year < 2000) return 0.5;
  if (year < 2005) return 1.5;
  if (year < 2015) return 3;
  if (year < LAST_REGISTRATION_YEAR) return 5;
  return 2.5;
}

const YEARS = weightedTable(
  Array.from({ length: LAST_REGISTRATION_YEAR - FIRST_REGISTRATION_YEAR + 1 }, (_, i) => {
    const year = FIRST_REGISTRATION_YEAR + i;
    return [year, weightOfYear(year)] as const;
  }),
);

/** A year of first registration, not before `earliestYear` (the founder's coming of age). */
export function registrationYear(random: Random, earliestYear: number): number {
  const year = random.pickWeighted(YEARS);
  return year >= earliestYear ? year : random.int(earliestYear, LAST_REGISTRATION_YEAR);
}

/** An ISO date in `year`, up to the snapshot. */
export function registrationDate(random: Random, year: number): string {
  const lastMonth = year === REGISTRY_SNAPSHOT.year ? REGISTRY_SNAPSHOT.lastMonth : 12;
  const month = random.int(1, lastMonth);
  const day = random.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

import { FieldCheck, parseDateOfBirth } from '@interop/contracts';

/**
 * A claimed date of birth against a registered one. Either may be a year only (YYYY), as the
 * population database records some births: then the years are compared, and a MATCH says so.
 */
export function compareDatesOfBirth(claimed: string, registered: string): FieldCheck {
  const a = parseDateOfBirth(claimed);
  const b = parseDateOfBirth(registered);
  if (!a.ok || !b.ok) return { verdict: 'MISMATCH', reason: 'is not comparable with the register' };
  const yearOnly = a.value.month === undefined || b.value.month === undefined;
  if (!yearOnly) {
    return claimed === registered
      ? { verdict: 'MATCH' }
      : { verdict: 'MISMATCH', reason: sameYearOrNot(a.value.year, b.value.year) };
  }
  if (a.value.year !== b.value.year) {
    return { verdict: 'MISMATCH', reason: 'the year of birth differs from the register' };
  }
  return {
    verdict: 'MATCH',
    reason: `compared on the year only: ${b.value.month === undefined ? 'the register' : 'the claim'} gives the year alone`,
  };
}

function sameYearOrNot(claimedYear: number, registeredYear: number): string {
  return claimedYear === registeredYear
    ? 'the year of birth matches the register, the day or month does not'
    : 'the year of birth differs from the register';
}

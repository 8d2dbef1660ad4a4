import { SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { LAST_REGISTRATION_YEAR } from './enterprise-code.allocator';

/** Founders are at least this old when they register; the oldest were born after 1940. */
export const FOUNDING_AGE = 20;
const EARLIEST_BIRTH_YEAR = 1940;

/** The citizens who could have founded an enterprise by the time of the snapshot. */
export function possibleFounders(citizens: readonly SyntheticCitizen[]): SyntheticCitizen[] {
  return citizens.filter(
    ({ birthDate }) =>
      birthDate.year >= EARLIEST_BIRTH_YEAR &&
      birthDate.year <= LAST_REGISTRATION_YEAR - FOUNDING_AGE,
  );
}

import { parseDateOfBirth, Parsed } from './date-of-birth';
import { provinceOfIdPrefix } from './provinces';

export type Sex = 'male' | 'female';

/** What a personal identification number (số định danh cá nhân) says about its holder. */
export interface PersonalIdFacts {
  provinceCode: string;
  provinceName: string;
  sex: Sex;
  birthYear: number;
}

const TWELVE_DIGITS = /^\d{12}$/;

/**
 * Decodes a 12-digit personal identification number: province of birth registration (digits
 * 1-3), century and sex (digit 4: 0/1 for 1900-1999 male/female, 2/3 for 2000-2099, and so on),
 * last two digits of the birth year (5-6), sequence (7-12).
 */
export function parsePersonalId(text: string, today: Date = new Date()): Parsed<PersonalIdFacts> {
  if (!TWELVE_DIGITS.test(text)) {
    return { ok: false, reason: 'must be exactly 12 digits' };
  }
  const provinceCode = text.slice(0, 3);
  const provinceName = provinceOfIdPrefix(provinceCode);
  if (!provinceName) {
    return { ok: false, reason: `starts with ${provinceCode}, which is not a province code` };
  }
  const centuryAndSex = Number(text[3]);
  const birthYear = 1900 + Math.floor(centuryAndSex / 2) * 100 + Number(text.slice(4, 6));
  if (birthYear > today.getUTCFullYear()) {
    return { ok: false, reason: `digits 4-6 encode the birth year ${birthYear}, in the future` };
  }
  const sex: Sex = centuryAndSex % 2 === 0 ? 'male' : 'female';
  return { ok: true, value: { provinceCode, provinceName, sex, birthYear } };
}

/** Why a valid identification number disagrees with a valid date of birth, if it does. */
export function personalIdDateOfBirthConflict(
  personalId: string,
  dateOfBirth: string,
): string | undefined {
  const id = parsePersonalId(personalId);
  const dob = parseDateOfBirth(dateOfBirth);
  if (!id.ok || !dob.ok || id.value.birthYear === dob.value.year) {
    return undefined;
  }
  const centuryStart = Math.floor(id.value.birthYear / 100) * 100;
  return centuryStart !== Math.floor(dob.value.year / 100) * 100
    ? `digit 4 encodes a birth in ${centuryStart}-${centuryStart + 99}, but the date of birth is in ${dob.value.year}`
    : `digits 5-6 encode the birth year ${id.value.birthYear}, but the date of birth is in ${dob.value.year}`;
}

import { BirthDate, SyntheticCitizen } from '../synthetic/synthetic-citizen';

/**
 * Names compare after Unicode, case and whitespace normalisation only: diacritics are
 * significant, so "Nguyễn Văn An" and "Nguyen Van An" are different people to the database.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').trim().replace(/\s+/g, ' ');
}

/** NgayThangNamSinh on the wire: `yyyyMMdd`, or `yyyy` for a year-only registration. */
export function wireBirthDate(date: BirthDate): string {
  if (date.month === undefined || date.day === undefined) return String(date.year);
  return `${date.year}${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}`;
}

export interface IdentityClaims {
  fullName: string;
  birthDate: string;
}

export interface IdentityVerdict {
  fullName: boolean;
  birthDate: boolean;
}

/** A year-only registration matches only a year-only claim: the database does not guess. */
export function verifyIdentity(citizen: SyntheticCitizen, claims: IdentityClaims): IdentityVerdict {
  return {
    fullName: normaliseName(claims.fullName) === normaliseName(citizen.fullName),
    birthDate: claims.birthDate === wireBirthDate(citizen.birthDate),
  };
}

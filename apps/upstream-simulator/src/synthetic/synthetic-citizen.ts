/**
 * A citizen as the simulated national databases hold them. This is the simulator's own model,
 * not the gateway's canonical one: each simulated service renders it in its own wire format.
 */
export type Sex = 'male' | 'female';

export type MaritalStatus = 'single' | 'married' | 'divorced' | 'widowed';

export interface BirthDate {
  year: number;
  /** Absent, with `day`, for the people whose day and month were never registered. */
  month?: number;
  day?: number;
}

export interface NameParts {
  family: string;
  /** Empty for the few people registered without a middle name. */
  middle: string;
  given: string;
}

export interface AdministrativeAddress {
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
  /** House number and street, or hamlet: the part below the commune. */
  detail: string;
}

/** A parent or spouse as a record names them; the id only when they are in the population. */
export interface PersonReference {
  fullName: string;
  personalId?: string;
}

export interface HouseholdMembership {
  head: PersonReference;
  /** Relationship to the head as the household register writes it: Chủ hộ, Vợ, Con... */
  relationship: string;
}

export type AlternateSpellingKind =
  'tone-mark-placement' | 'missing-diacritic' | 'middle-name-omitted';

/**
 * How another register (civil status) writes this person's name. A known, recorded
 * inconsistency for cross-register checks to find.
 */
export interface AlternateSpelling {
  fullName: string;
  kind: AlternateSpellingKind;
}

export interface SyntheticCitizen {
  personalId: string;
  oldIdCardNumber?: string;
  name: NameParts;
  fullName: string;
  sex: Sex;
  birthDate: BirthDate;
  ethnicity: string;
  religion: string;
  nationality: string;
  hometown: AdministrativeAddress;
  permanentAddress: AdministrativeAddress;
  currentAddress: AdministrativeAddress;
  father?: PersonReference;
  mother?: PersonReference;
  spouse?: PersonReference;
  household: HouseholdMembership;
  maritalStatus: MaritalStatus;
  alternateSpelling?: AlternateSpelling;
}

export function fullNameOf(name: NameParts): string {
  return [name.family, name.middle, name.given].filter((part) => part !== '').join(' ');
}

/** `YYYY-MM-DD`, or `YYYY` for a year-only registration. */
export function isoBirthDate(date: BirthDate): string {
  if (date.month === undefined || date.day === undefined) return String(date.year);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Canonical citizen record: English names, ISO formats, Vietnamese text exactly as the source has it. */
export type Gender = 'male' | 'female' | 'other';

export type MaritalStatus = 'single' | 'married' | 'divorced' | 'widowed' | 'unknown';

export interface Address {
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
  /** House number, street, hamlet: the part below the commune. */
  detail: string;
}

export interface PersonName {
  family: string;
  middle: string;
  given: string;
}

/** A parent, spouse or household head as the population record names them. */
export interface RelatedPerson {
  personalId?: string;
  fullName: string;
}

export interface HouseholdHead extends RelatedPerson {
  /** The citizen's relationship to the household head, as the source writes it (e.g. "Con"). */
  relationship: string;
}

export interface Citizen {
  personalId: string;
  oldIdCardNumber?: string;
  fullName: string;
  name: PersonName;
  gender: Gender;
  /** `YYYY-MM-DD`, or `YYYY` where only the year was registered. */
  dateOfBirth: string;
  ethnicity: string;
  religion: string;
  nationality: string;
  hometown?: Address;
  permanentAddress?: Address;
  currentAddress?: Address;
  father?: RelatedPerson;
  mother?: RelatedPerson;
  spouse?: RelatedPerson;
  householdHead?: HouseholdHead;
  maritalStatus: MaritalStatus;
}

import { BirthDate, Sex } from '../../synthetic/synthetic-citizen';
import { IsoDay } from './calendar';

/** A commune-level People's Committee (UBND phường/xã), where civil-status events are entered. */
export interface RegisteringAuthority {
  /** Five-digit code of the commune in the national list of administrative units. */
  code: string;
  name: string;
}

/** Where and when an event was entered: the office, its book (quyển số) and the entry number. */
export interface RegistryEntry {
  number: string;
  /** `NN/YYYY`: the office's book for that year, e.g. `01/2015`. */
  book: string;
  registeredOn: IsoDay;
  authority: RegisteringAuthority;
}

/** A person as the civil-status register writes them; the id only when one is on record. */
export interface RecordedPerson {
  fullName: string;
  personalId?: string;
  birthDate?: BirthDate;
}

export interface BirthRecord extends RegistryEntry {
  child: RecordedPerson & {
    personalId: string;
    sex: Sex;
    birthDate: BirthDate;
    placeOfBirth: string;
    ethnicity: string;
    nationality: string;
  };
  father?: RecordedPerson;
  mother?: RecordedPerson;
}

/** How and when a marriage ended: a divorce recorded from a court's decision, or a death. */
export interface MarriageEnd {
  on: IsoDay;
  reason: 'divorce' | 'death';
}

export interface MarriageRecord extends RegistryEntry {
  husband: RecordedPerson;
  wife: RecordedPerson;
  /** Absent while the marriage lasts. */
  ended?: MarriageEnd;
}

export interface DeathRecord extends RegistryEntry {
  deceased: RecordedPerson & { personalId: string; sex: Sex; birthDate: BirthDate };
  diedOn: IsoDay;
  placeOfDeath: string;
}

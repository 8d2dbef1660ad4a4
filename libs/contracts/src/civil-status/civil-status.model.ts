import { Gender, MaritalStatus } from '../citizen/citizen.model';

/** A person as a civil-status register names them. */
export interface RegisteredPerson {
  personalId?: string;
  fullName: string;
  dateOfBirth?: string;
}

/** Where and when an event was entered in a civil-status book. */
export interface Registration {
  registrationNumber: string;
  /** The register book (quyển số), e.g. "01/2015". */
  book: string;
  /** ISO date of registration. */
  registeredOn: string;
  authority: { code: string; name: string };
}

export interface BirthRegistration extends Registration {
  child: RegisteredPerson & { gender: Gender; placeOfBirth: string };
  father?: RegisteredPerson;
  mother?: RegisteredPerson;
}

export interface MarriageRegistration extends Registration {
  husband: RegisteredPerson;
  wife: RegisteredPerson;
  status: 'current' | 'ended';
  /** ISO date; present when the marriage ended. */
  endedOn?: string;
  endReason?: 'divorce' | 'death';
}

/** Current and past marriages of one person, newest first. */
export interface MarriageHistory {
  personalId: string;
  marriages: MarriageRegistration[];
}

export interface DeathRegistration extends Registration {
  deceased: RegisteredPerson;
  /** ISO date of death. */
  dateOfDeath: string;
  placeOfDeath: string;
}

export interface MaritalStatusRecord {
  personalId: string;
  maritalStatus: MaritalStatus;
  /** The registration the status rests on, when there is one. */
  basedOn?: string;
}

import { Sex, SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { IsoDay } from './calendar';
import { DeathRecord, MarriageRecord, RecordedPerson } from './civil-status-records';
import { RegisterNames } from './register-names';
import { RegistrationOffices } from './registration-offices';

/** What entering a citizen's marriages adds to the register. */
export interface MarriageEvents {
  marriages: MarriageRecord[];
  /** Deaths of spouses, which made their partners widowed. */
  deaths: DeathRecord[];
  /** People whose marital status civil status records differently from the population. */
  mismatches: string[];
}

export const opposite = (sex: Sex): Sex => (sex === 'male' ? 'female' : 'male');

/** Enters marriages at the commune where the registering partner lives. */
export class MarriageBook {
  constructor(
    private readonly offices: RegistrationOffices,
    private readonly names: RegisterNames,
  ) {}

  /** A marriage between two citizens of the population. */
  couple(husband: SyntheticCitizen, wife: SyntheticCitizen, on: IsoDay): MarriageRecord {
    return this.entry(husband, this.names.person(husband), this.names.person(wife), on);
  }

  /** A citizen's marriage to someone the population does not hold. */
  between(citizen: SyntheticCitizen, partner: RecordedPerson, on: IsoDay): MarriageRecord {
    const self = this.names.person(citizen);
    return citizen.sex === 'male'
      ? this.entry(citizen, self, partner, on)
      : this.entry(citizen, partner, self, on);
  }

  private entry(
    registrant: SyntheticCitizen,
    husband: RecordedPerson,
    wife: RecordedPerson,
    on: IsoDay,
  ): MarriageRecord {
    const authority = this.offices.authorityOf(registrant.permanentAddress);
    return { ...this.offices.enter('marriage', authority, on), husband, wife };
  }
}

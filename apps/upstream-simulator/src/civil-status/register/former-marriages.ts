import { Random } from '../../synthetic/random';
import { SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { dayIn, IsoDay, LAST_FULL_YEAR } from './calendar';
import { RecordedPerson } from './civil-status-records';
import { DeathRegistrations } from './death-registrations';
import { MarriageBook, MarriageEvents, opposite } from './marriage-book';
import { PeopleOutsidePopulation } from './people-outside-population';
import { RegisterNames } from './register-names';

interface FormerPartnership {
  partner: RecordedPerson;
  partnerBirthYear: number;
  wedding: IsoDay;
  endedOn: IsoDay;
}

/**
 * The marriages of citizens who are divorced or widowed, to a partner the population does not
 * hold: the father of their children where the population names him, else someone from their
 * home province. A widowed citizen's late spouse has a death registration.
 */
export class FormerMarriages {
  constructor(
    private readonly random: Random,
    private readonly book: MarriageBook,
    private readonly deaths: DeathRegistrations,
    private readonly names: RegisterNames,
    private readonly outsiders: PeopleOutsidePopulation,
    private readonly childrenOf: (mother: SyntheticCitizen) => readonly SyntheticCitizen[],
  ) {}

  divorced(citizen: SyntheticCitizen): MarriageEvents {
    const { partner, wedding, endedOn } = this.partnership(citizen, 10);
    const marriage = this.book.between(citizen, partner, wedding);
    marriage.ended = { on: endedOn, reason: 'divorce' };
    return { marriages: [marriage], deaths: [], mismatches: [] };
  }

  widowed(citizen: SyntheticCitizen): MarriageEvents {
    const { partner, partnerBirthYear, wedding, endedOn } = this.partnership(citizen, 30);
    const deceased = this.outsiders.withPersonalId(
      partner,
      opposite(citizen.sex),
      citizen.hometown.provinceCode,
      partnerBirthYear,
    );
    const marriage = this.book.between(citizen, deceased, wedding);
    marriage.ended = { on: endedOn, reason: 'death' };
    const death = this.deaths.register(deceased, citizen, endedOn);
    return { marriages: [marriage], deaths: [death], mismatches: [] };
  }

  /** Married before the first child, ended after the last one, within `maxYears` more. */
  private partnership(citizen: SyntheticCitizen, maxYears: number): FormerPartnership {
    const children = citizen.sex === 'female' ? this.childrenOf(citizen) : [];
    const [first, last] = [children[0], children[children.length - 1]];
    const weddingYear = first
      ? first.birthDate.year - this.random.int(1, 2)
      : Math.min(citizen.birthDate.year + this.random.int(20, 30), LAST_FULL_YEAR - 2);
    const bornAround =
      citizen.sex === 'female'
        ? citizen.birthDate.year - this.random.int(0, 6)
        : Math.min(citizen.birthDate.year + this.random.int(0, 6), 2006);
    const partner = first?.father
      ? this.names.referenced(first.father)
      : this.outsiders.spouse(opposite(citizen.sex), bornAround, citizen.hometown.provinceCode);
    const wedding = dayIn(this.random, weddingYear);
    const endYear = Math.min(
      Math.max(weddingYear, last?.birthDate.year ?? weddingYear) + this.random.int(1, maxYears),
      LAST_FULL_YEAR,
    );
    return {
      partner,
      partnerBirthYear: partner.birthDate?.year ?? bornAround,
      wedding,
      endedOn: dayIn(this.random, endYear),
    };
  }
}

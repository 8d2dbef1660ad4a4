import { Random } from '../../synthetic/random';
import { SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { dayBetween, dayIn, IsoDay, LAST_FULL_YEAR, LAST_RECORDED_DAY, yearOf } from './calendar';
import { MarriageRecord } from './civil-status-records';
import { FormerMarriages } from './former-marriages';
import { MarriageBook, MarriageEvents, opposite } from './marriage-book';
import { PeopleOutsidePopulation } from './people-outside-population';

/** Share of couples the population says are married whose divorce only civil status recorded. */
export const MARITAL_STATUS_MISMATCH_SHARE = 0.01;
/** Share of couples of whom one partner had an earlier marriage that ended in divorce. */
const REMARRIAGE_SHARE = 0.06;
/** A divorce the population register has not caught up with is a recent one. */
const RECENT_DIVORCES_FROM: IsoDay = '2023-01-01';

const NONE: MarriageEvents = { marriages: [], deaths: [], mismatches: [] };

/**
 * The marriage registrations behind each citizen's marital status in the population: couples
 * (some after an earlier divorce, a few since divorced), and the divorced and widowed with their
 * former spouse.
 */
export class MarriageRegistrations {
  constructor(
    private readonly random: Random,
    private readonly book: MarriageBook,
    private readonly former: FormerMarriages,
    private readonly outsiders: PeopleOutsidePopulation,
    private readonly population: ReadonlyMap<string, SyntheticCitizen>,
    private readonly childrenOf: (mother: SyntheticCitizen) => readonly SyntheticCitizen[],
  ) {}

  /** Couples are entered once, from the husband's side. */
  register(citizen: SyntheticCitizen): MarriageEvents {
    switch (citizen.maritalStatus) {
      case 'married': {
        const wife = this.population.get(citizen.spouse?.personalId ?? '');
        return citizen.sex === 'male' && wife ? this.couple(citizen, wife) : NONE;
      }
      case 'divorced':
        return this.former.divorced(citizen);
      case 'widowed':
        return this.former.widowed(citizen);
      case 'single':
        return NONE;
    }
  }

  private couple(husband: SyntheticCitizen, wife: SyntheticCitizen): MarriageEvents {
    const [firstChild] = this.childrenOf(wife);
    const weddingYear = Math.min(
      Math.max(husband.birthDate.year + 20, wife.birthDate.year + 18) + this.random.int(0, 6),
      firstChild ? firstChild.birthDate.year - 1 : LAST_FULL_YEAR,
    );
    const current = this.book.couple(husband, wife, dayIn(this.random, weddingYear));
    const earlier = this.random.chance(REMARRIAGE_SHARE)
      ? this.earlierMarriage(this.random.chance(0.5) ? husband : wife, weddingYear)
      : [];
    const divorcedSince =
      weddingYear < yearOf(RECENT_DIVORCES_FROM) &&
      this.random.chance(MARITAL_STATUS_MISMATCH_SHARE);
    if (!divorcedSince) return { marriages: [current, ...earlier], deaths: [], mismatches: [] };
    current.ended = {
      on: dayBetween(this.random, RECENT_DIVORCES_FROM, LAST_RECORDED_DAY),
      reason: 'divorce',
    };
    return {
      marriages: [current, ...earlier],
      deaths: [],
      mismatches: [husband.personalId, wife.personalId],
    };
  }

  /** A first marriage, ended by divorce some years before the partner's current one. */
  private earlierMarriage(partner: SyntheticCitizen, laterWeddingYear: number): MarriageRecord[] {
    const weddingYear = partner.birthDate.year + 20 + this.random.int(0, 2);
    if (laterWeddingYear - weddingYear < 2) return [];
    const former = this.outsiders.spouse(
      opposite(partner.sex),
      partner.birthDate.year + this.random.int(-3, 3),
      partner.hometown.provinceCode,
    );
    const marriage = this.book.between(partner, former, dayIn(this.random, weddingYear));
    const endYear = this.random.int(weddingYear + 1, laterWeddingYear - 1);
    marriage.ended = { on: dayIn(this.random, endYear), reason: 'divorce' };
    return [marriage];
  }
}

import { MaritalStatus, SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { BirthRecord, DeathRecord, MarriageRecord } from './civil-status-records';
import { RegisterNames } from './register-names';

export interface RegisterContents {
  births: readonly BirthRecord[];
  marriages: readonly MarriageRecord[];
  deaths: readonly DeathRecord[];
  /** Known inconsistency: civil status recorded a divorce the population register has not. */
  maritalStatusMismatches: readonly string[];
}

/** A marital status as civil status establishes it, and the registration it rests on. */
export interface MaritalStatusFinding {
  status: MaritalStatus;
  basedOn?: MarriageRecord;
}

/** The electronic civil-status register, indexed by the identification numbers it records. */
export class CivilStatusRegister {
  private readonly births: ReadonlyMap<string, BirthRecord>;
  private readonly deaths: ReadonlyMap<string, DeathRecord>;
  private readonly marriages = new Map<string, MarriageRecord[]>();

  constructor(
    readonly contents: RegisterContents,
    private readonly population: ReadonlyMap<string, SyntheticCitizen>,
    private readonly names: RegisterNames,
  ) {
    this.births = new Map(contents.births.map((birth) => [birth.child.personalId, birth]));
    this.deaths = new Map(contents.deaths.map((death) => [death.deceased.personalId, death]));
    for (const marriage of contents.marriages) {
      for (const { personalId } of [marriage.husband, marriage.wife]) {
        if (personalId) this.marriages.set(personalId, [...this.marriagesOf(personalId), marriage]);
      }
    }
    this.marriages.forEach((list) => list.sort(newestFirst));
  }

  /** Whether the register has anything about this person: the living, and the deceased. */
  knows(personalId: string): boolean {
    return this.population.has(personalId) || this.deaths.has(personalId);
  }

  /** The name as this register writes it, which may differ from the population's. */
  nameOf(personalId: string): string | undefined {
    const citizen = this.population.get(personalId);
    return citizen ? this.names.nameOf(citizen) : this.deathOf(personalId)?.deceased.fullName;
  }

  birthOf(personalId: string): BirthRecord | undefined {
    return this.births.get(personalId);
  }

  /** Newest first; empty for someone who never married. */
  marriagesOf(personalId: string): readonly MarriageRecord[] {
    return this.marriages.get(personalId) ?? [];
  }

  deathOf(personalId: string): DeathRecord | undefined {
    return this.deaths.get(personalId);
  }

  /**
   * What a confirmation of marital status would say: only for the living. The latest marriage
   * decides: lasting, ended by divorce, or ended by the partner's death.
   */
  maritalStatusOf(personalId: string): MaritalStatusFinding | undefined {
    if (!this.population.has(personalId)) return undefined;
    const [latest] = this.marriagesOf(personalId);
    if (!latest) return { status: 'single' };
    if (!latest.ended) return { status: 'married', basedOn: latest };
    return { status: latest.ended.reason === 'divorce' ? 'divorced' : 'widowed', basedOn: latest };
  }
}

function newestFirst(a: MarriageRecord, b: MarriageRecord): number {
  return b.registeredOn.localeCompare(a.registeredOn);
}

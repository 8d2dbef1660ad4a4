import { AddressFactory } from './address-factory';
import { marry, referenceTo } from './household';
import { Lineage, PersonFactory } from './person-factory';
import { Random } from './random';
import { AdministrativeAddress, PersonReference, Sex, SyntheticCitizen } from './synthetic-citizen';

/** The population is a snapshot taken in 2025: nobody is born later than 2024. */
export const LAST_BIRTH_YEAR = 2024;
export const LAST_ADULT_BIRTH_YEAR = 2006;

type Home = AdministrativeAddress;

/**
 * Creates the people of a family with plausible ages and origins: founders whose parents are
 * not in the population, spouses, and children born to a mother aged 20 to 40.
 */
export class KinshipFactory {
  constructor(
    private readonly random: Random,
    private readonly people: PersonFactory,
    private readonly places: AddressFactory,
  ) {}

  /** Wives are mostly a few years younger than their husbands. */
  wifeFor(husband: SyntheticCitizen, lineage: Lineage, home: Home): SyntheticCitizen {
    const offset = this.random.int(-2, 8);
    const wifeYear = Math.min(husband.birthDate.year + offset, LAST_ADULT_BIRTH_YEAR);
    const wife = this.founder('female', wifeYear, this.spouseLineage(lineage), home);
    marry(husband, wife);
    return wife;
  }

  /** Someone whose parents are not in the population; born mostly in their hometown. */
  founder(sex: Sex, birthYear: number, lineage: Lineage, home: Home): SyntheticCitizen {
    const parentsKnown = birthYear >= 1950 || this.random.chance(0.7);
    const motherLineage = this.spouseLineage(lineage);
    return this.people.create({
      sex,
      birthYear,
      lineage,
      home,
      birthProvinceCode: this.random.chance(0.8)
        ? lineage.hometown.provinceCode
        : home.provinceCode,
      father: parentsKnown
        ? this.people.absentRelative('male', birthYear - 28, lineage)
        : undefined,
      mother: parentsKnown
        ? this.people.absentRelative('female', birthYear - 25, motherLineage)
        : undefined,
    });
  }

  children(
    father: PersonReference,
    mother: SyntheticCitizen,
    lineage: Lineage,
    home: Home,
    count = this.childCount(mother.birthDate.year),
  ): SyntheticCitizen[] {
    const first = mother.birthDate.year + 20;
    const last = Math.min(mother.birthDate.year + 40, LAST_BIRTH_YEAR);
    if (first > last) return [];
    const years = Array.from({ length: count }, () => this.random.int(first, last));
    return years
      .sort((a, b) => a - b)
      .map((birthYear) =>
        this.people.create({
          sex: this.randomSex(),
          birthYear,
          lineage,
          home,
          birthProvinceCode: home.provinceCode,
          father,
          mother: referenceTo(mother),
        }),
      );
  }

  /** Older generations had more children. */
  childCount(motherBirthYear: number): number {
    if (motherBirthYear < 1960) return this.random.int(2, 5);
    if (motherBirthYear < 1980) return this.random.int(1, 3);
    const roll = this.random.next();
    return roll < 0.12 ? 0 : roll < 0.45 ? 1 : roll < 0.87 ? 2 : 3;
  }

  /** Spouses mostly come from the same province, sometimes from anywhere. */
  spouseLineage(partnerLineage: Lineage): Lineage {
    const province = this.random.chance(0.7)
      ? partnerLineage.hometown.provinceCode
      : this.places.residenceProvince();
    return this.people.lineage(this.places.hometown(province));
  }

  /** A family's hometown, and where it lives now: mostly there, else where the work is. */
  origin(): { lineage: Lineage; home: Home } {
    const hometownProvince = this.places.residenceProvince();
    const lineage = this.people.lineage(this.places.hometown(hometownProvince));
    const homeProvince = this.random.chance(0.75)
      ? hometownProvince
      : this.places.destinationProvince();
    return { lineage, home: this.places.address(homeProvince) };
  }

  randomSex(): Sex {
    return this.random.chance(0.51) ? 'male' : 'female';
  }
}

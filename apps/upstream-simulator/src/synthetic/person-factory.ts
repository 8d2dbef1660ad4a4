import {
  ethnicitiesOf,
  namingStyleOf,
  NATIONALITY,
  NamingStyle,
  RELIGIONS,
} from './ethnicity-religion';
import { IdentifierAllocator } from './identifier-allocator';
import { Random, weightedTable, WeightedTable } from './random';
import {
  AdministrativeAddress,
  BirthDate,
  fullNameOf,
  NameParts,
  PersonReference,
  Sex,
  SyntheticCitizen,
} from './synthetic-citizen';
import {
  GIVEN_NAMES,
  HMONG_FAMILY_NAMES,
  HMONG_GIVEN_NAMES,
  HMONG_MIDDLE_NAME,
  KHMER_FAMILY_NAMES,
  KINH_FAMILY_NAMES,
  MODERN_MIDDLE_NAMES,
  NORTHERN_MINORITY_FAMILY_NAMES,
  TRADITIONAL_MIDDLE_NAME,
} from './vietnamese-names';

const FAMILY_NAMES: Record<NamingStyle, WeightedTable<string>> = {
  kinh: weightedTable(KINH_FAMILY_NAMES),
  'northern-minority': weightedTable(NORTHERN_MINORITY_FAMILY_NAMES),
  hmong: weightedTable(HMONG_FAMILY_NAMES),
  khmer: weightedTable(KHMER_FAMILY_NAMES),
};

/** What a family shares and passes to children: name line, origin, ethnicity, faith. */
export interface Lineage {
  familyName: string;
  ethnicity: string;
  religion: string;
  /** Quê quán passes from father to child. */
  hometown: AdministrativeAddress;
}

export interface PersonSpec {
  sex: Sex;
  birthYear: number;
  lineage: Lineage;
  /** Where the birth was registered: the first digits of the identification number. */
  birthProvinceCode: string;
  home: AdministrativeAddress;
  father?: PersonReference;
  mother?: PersonReference;
}

/** Creates one citizen at a time; families and households are linked by the caller. */
export class PersonFactory {
  constructor(
    private readonly random: Random,
    private readonly identifiers: IdentifierAllocator,
  ) {}

  lineage(hometown: AdministrativeAddress): Lineage {
    const ethnicity = this.random.pickWeighted(ethnicitiesOf(hometown.provinceCode));
    return {
      familyName: this.random.pickWeighted(FAMILY_NAMES[namingStyleOf(ethnicity)]),
      ethnicity,
      religion: this.random.pickWeighted(RELIGIONS),
      hometown,
    };
  }

  create(spec: PersonSpec): SyntheticCitizen {
    const name = this.name(spec.sex, spec.birthYear, spec.lineage);
    const fullName = fullNameOf(name);
    return {
      personalId: this.identifiers.personalId(spec.birthProvinceCode, spec.sex, spec.birthYear),
      oldIdCardNumber: this.hadIdCard(spec.birthYear) ? this.identifiers.idCardNumber() : undefined,
      name,
      fullName,
      sex: spec.sex,
      birthDate: this.birthDate(spec.birthYear),
      ethnicity: spec.lineage.ethnicity,
      religion: spec.lineage.religion,
      nationality: NATIONALITY,
      hometown: spec.lineage.hometown,
      permanentAddress: spec.home,
      currentAddress: spec.home,
      father: spec.father,
      mother: spec.mother,
      household: { head: { fullName }, relationship: 'Chủ hộ' },
      maritalStatus: 'single',
    };
  }

  /**
   * A relative who is not in the population (deceased, or never registered here): the record
   * knows them by name only. A father shares the child's lineage; a mother has her own.
   */
  absentRelative(sex: Sex, birthYear: number, lineage: Lineage): PersonReference {
    return { fullName: fullNameOf(this.name(sex, birthYear, lineage)) };
  }

  private name(sex: Sex, birthYear: number, lineage: Lineage): NameParts {
    const style = namingStyleOf(lineage.ethnicity);
    const given = this.random.pick(style === 'hmong' ? HMONG_GIVEN_NAMES[sex] : GIVEN_NAMES[sex]);
    return {
      family: lineage.familyName,
      middle: this.middleName(sex, birthYear, style, given),
      given,
    };
  }

  private middleName(sex: Sex, birthYear: number, style: NamingStyle, given: string): string {
    if (style === 'hmong') return HMONG_MIDDLE_NAME[sex];
    if (this.random.chance(0.01)) return '';
    if (this.random.chance(traditionalShare(birthYear))) return TRADITIONAL_MIDDLE_NAME[sex];
    const middle = this.random.pick(MODERN_MIDDLE_NAMES[sex]);
    return middle === given ? TRADITIONAL_MIDDLE_NAME[sex] : middle;
  }

  /** Year-only registrations are mostly of people born before reunification. */
  private birthDate(year: number): BirthDate {
    if (this.random.chance(year <= 1975 ? 0.07 : 0.003)) return { year };
    const month = this.random.int(1, 12);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { year, month, day: this.random.int(1, daysInMonth) };
  }

  /** People old enough to have carried the nine-digit card before chip-based IDs replaced it. */
  private hadIdCard(birthYear: number): boolean {
    return this.random.chance(birthYear <= 1995 ? 0.4 : birthYear <= 2003 ? 0.15 : 0);
  }
}

function traditionalShare(birthYear: number): number {
  if (birthYear < 1970) return 0.85;
  if (birthYear < 1990) return 0.6;
  if (birthYear < 2005) return 0.3;
  return 0.15;
}

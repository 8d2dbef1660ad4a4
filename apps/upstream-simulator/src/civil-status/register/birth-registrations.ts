import { PROVINCES } from '@interop/contracts';
import { Random } from '../../synthetic/random';
import { AdministrativeAddress, SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { addDays, earliest, isoDay, LAST_RECORDED_DAY } from './calendar';
import { BirthRecord } from './civil-status-records';
import { RegisterNames } from './register-names';
import { RegistrationOffices } from './registration-offices';

/** Older books were only partly digitised: a share of births before this year has no record. */
const FULLY_DIGITISED_FROM = 1960;
const DIGITISED_SHARE_BEFORE = 0.7;
/** The law allows 60 days to register a birth. */
const REGISTRATION_WINDOW_DAYS = 60;
/** Centrally governed cities, which the register calls thành phố rather than tỉnh. */
const CITIES = new Set(['01', '31', '48', '79', '92']);

/**
 * The birth registrations of the population, entered at the commune where each birth was
 * registered: the province the identification number encodes.
 */
export class BirthRegistrations {
  constructor(
    private readonly random: Random,
    private readonly offices: RegistrationOffices,
    private readonly names: RegisterNames,
  ) {}

  /** Undefined for people born on a year-only record, or whose old book was never digitised. */
  register(citizen: SyntheticCitizen): BirthRecord | undefined {
    const { year, month, day } = citizen.birthDate;
    if (month === undefined || day === undefined) return undefined;
    if (year < FULLY_DIGITISED_FROM && !this.random.chance(DIGITISED_SHARE_BEFORE))
      return undefined;
    const bornOn = isoDay(year, month, day);
    const registeredOn = earliest(
      addDays(bornOn, this.random.int(1, REGISTRATION_WINDOW_DAYS)),
      LAST_RECORDED_DAY,
    );
    const commune = this.communeOfRegistration(citizen);
    return {
      ...this.offices.enter('birth', this.offices.authorityOf(commune), registeredOn),
      child: {
        ...this.names.person(citizen),
        personalId: citizen.personalId,
        sex: citizen.sex,
        birthDate: citizen.birthDate,
        placeOfBirth: this.placeOfBirth(year, commune),
        ethnicity: citizen.ethnicity,
        nationality: citizen.nationality,
      },
      ...(citizen.father && { father: this.names.referenced(citizen.father) }),
      ...(citizen.mother && { mother: this.names.referenced(citizen.mother) }),
    };
  }

  /** The family's commune in the province of registration when it has one there, else any. */
  private communeOfRegistration(citizen: SyntheticCitizen): AdministrativeAddress {
    const provinceCode = citizen.personalId.slice(1, 3);
    const known = [citizen.permanentAddress, citizen.hometown].find(
      (place) => place.provinceCode === provinceCode,
    );
    return (
      known ?? {
        ...this.offices.anyCommuneOf(provinceCode, PROVINCES[provinceCode]),
        provinceCode,
        detail: '',
      }
    );
  }

  /** Births at home were the rule until the 1990s; since then, at a clinic or hospital. */
  private placeOfBirth(year: number, commune: AdministrativeAddress): string {
    const where = `${commune.communeName}, ${commune.provinceName}`;
    if (year < 1990) return where;
    if (this.random.chance(0.4)) return `Trạm Y tế ${where}`;
    const kind = CITIES.has(commune.provinceCode) ? 'thành phố' : 'tỉnh';
    return `Bệnh viện Đa khoa ${kind} ${commune.provinceName}`;
  }
}

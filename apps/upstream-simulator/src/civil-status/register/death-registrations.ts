import { Random } from '../../synthetic/random';
import { SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { addDays, earliest, IsoDay, LAST_RECORDED_DAY } from './calendar';
import { DeathRecord } from './civil-status-records';
import { RegistrationOffices } from './registration-offices';

/** Registers deaths within two weeks, as families do, at the commune they lived in. */
export class DeathRegistrations {
  constructor(
    private readonly random: Random,
    private readonly offices: RegistrationOffices,
  ) {}

  /** The death of someone who lived with `survivor`, at home or in the province's hospital. */
  register(
    deceased: DeathRecord['deceased'],
    survivor: SyntheticCitizen,
    diedOn: IsoDay,
  ): DeathRecord {
    const home = survivor.permanentAddress;
    const registeredOn = earliest(addDays(diedOn, this.random.int(1, 14)), LAST_RECORDED_DAY);
    const placeOfDeath = this.random.chance(0.6)
      ? [home.detail, home.communeName, home.provinceName].filter(Boolean).join(', ')
      : `Bệnh viện Đa khoa ${home.provinceName}`;
    const authority = this.offices.authorityOf(home);
    return {
      ...this.offices.enter('death', authority, registeredOn),
      deceased,
      diedOn,
      placeOfDeath,
    };
  }
}

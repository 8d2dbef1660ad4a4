import { PersonReference, SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { RecordedPerson } from './civil-status-records';

/**
 * How the civil-status register names the people of the population. It writes a name the way
 * the population generator's `alternateSpelling` says another register does: the known name
 * mismatches between the two registers.
 */
export class RegisterNames {
  constructor(private readonly population: ReadonlyMap<string, SyntheticCitizen>) {}

  nameOf(citizen: SyntheticCitizen): string {
    return citizen.alternateSpelling?.fullName ?? citizen.fullName;
  }

  person(citizen: SyntheticCitizen): RecordedPerson {
    return {
      fullName: this.nameOf(citizen),
      personalId: citizen.personalId,
      birthDate: citizen.birthDate,
    };
  }

  /** A parent or spouse the population names: in full when they are in it, by name otherwise. */
  referenced(reference: PersonReference): RecordedPerson {
    const citizen = reference.personalId ? this.population.get(reference.personalId) : undefined;
    return citizen ? this.person(citizen) : { fullName: reference.fullName };
  }
}

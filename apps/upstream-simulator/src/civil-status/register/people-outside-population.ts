import { AddressFactory } from '../../synthetic/address-factory';
import { formatPersonalId, IdentifierAllocator } from '../../synthetic/identifier-allocator';
import { PersonFactory } from '../../synthetic/person-factory';
import { Random } from '../../synthetic/random';
import { BirthDate, Sex } from '../../synthetic/synthetic-citizen';
import { dayIn } from './calendar';
import { RecordedPerson } from './civil-status-records';

/**
 * People the civil-status register knows but the population does not: former spouses who live
 * elsewhere, and spouses who died. Drawn from the register's own random stream.
 */
export class PeopleOutsidePopulation {
  private readonly places: AddressFactory;
  private readonly people: PersonFactory;

  constructor(
    private readonly random: Random,
    /** Identification numbers already in use, which a deceased person's must not repeat. */
    private readonly takenIds: Set<string>,
  ) {
    this.places = new AddressFactory(random);
    this.people = new PersonFactory(random, new IdentifierAllocator(random));
  }

  /** A spouse from the same province, known to the register by name and date of birth. */
  spouse(sex: Sex, birthYear: number, provinceCode: string): RecordedPerson {
    const lineage = this.people.lineage(this.places.hometown(provinceCode));
    const { fullName } = this.people.absentRelative(sex, birthYear, lineage);
    return { fullName, birthDate: this.birthDate(birthYear) };
  }

  /** A deceased person: their identification number was recorded with their death. */
  withPersonalId(person: RecordedPerson, sex: Sex, provinceCode: string, birthYear: number) {
    let personalId = formatPersonalId(this.random, provinceCode, sex, birthYear);
    while (this.takenIds.has(personalId)) {
      personalId = formatPersonalId(this.random, provinceCode, sex, birthYear);
    }
    this.takenIds.add(personalId);
    return { ...person, personalId, sex, birthDate: person.birthDate ?? this.birthDate(birthYear) };
  }

  private birthDate(year: number): BirthDate {
    const [, month, day] = dayIn(this.random, year).split('-').map(Number);
    return { year, month, day };
  }
}

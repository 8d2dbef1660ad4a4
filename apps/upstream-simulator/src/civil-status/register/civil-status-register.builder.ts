import { PopulationDirectory } from '../../population/population-directory';
import { Random } from '../../synthetic/random';
import { SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { BirthRegistrations } from './birth-registrations';
import { BirthRecord, DeathRecord, MarriageRecord } from './civil-status-records';
import { CivilStatusRegister } from './civil-status-register';
import { DeathRegistrations } from './death-registrations';
import { FormerMarriages } from './former-marriages';
import { MarriageBook } from './marriage-book';
import { MarriageRegistrations } from './marriage-registrations';
import { PeopleOutsidePopulation } from './people-outside-population';
import { RegisterNames } from './register-names';
import { RegistrationOffices } from './registration-offices';

/** Keeps the register's draws apart from the population's, so neither changes the other. */
const REGISTER_STREAM = 0x2c1b3c6d;

/**
 * The civil-status register of the simulated population: deterministic for the same seed, and
 * consistent with the population register except for its known inconsistencies.
 */
export function buildCivilStatusRegister(
  directory: PopulationDirectory,
  seed: number,
): CivilStatusRegister {
  const population = new Map(directory.citizens.map((citizen) => [citizen.personalId, citizen]));
  const names = new RegisterNames(population);
  const books = registrars(directory, population, names, new Random(seed ^ REGISTER_STREAM));
  const contents = emptyContents();
  for (const citizen of directory.citizens) {
    const birth = books.births.register(citizen);
    if (birth) contents.births.push(birth);
    const { marriages, deaths, mismatches } = books.marriages.register(citizen);
    contents.marriages.push(...marriages);
    contents.deaths.push(...deaths);
    contents.maritalStatusMismatches.push(...mismatches);
  }
  return new CivilStatusRegister(contents, population, names);
}

/** Who enters births and marriages, sharing one random stream. */
function registrars(
  directory: PopulationDirectory,
  population: ReadonlyMap<string, SyntheticCitizen>,
  names: RegisterNames,
  random: Random,
) {
  const offices = new RegistrationOffices(random);
  const takenIds = new Set([...population.keys(), ...directory.unknownPersonalIds]);
  const outsiders = new PeopleOutsidePopulation(random, takenIds);
  const childrenOf = childrenIndex(directory.citizens);
  const book = new MarriageBook(offices, names);
  const deaths = new DeathRegistrations(random, offices);
  const former = new FormerMarriages(random, book, deaths, names, outsiders, childrenOf);
  return {
    births: new BirthRegistrations(random, offices, names),
    marriages: new MarriageRegistrations(random, book, former, outsiders, population, childrenOf),
  };
}

/** Each mother's children in the population, eldest first. */
function childrenIndex(citizens: readonly SyntheticCitizen[]) {
  const byMother = new Map<string, SyntheticCitizen[]>();
  for (const citizen of citizens) {
    const motherId = citizen.mother?.personalId;
    if (motherId) byMother.set(motherId, [...(byMother.get(motherId) ?? []), citizen]);
  }
  byMother.forEach((children) => children.sort((a, b) => a.birthDate.year - b.birthDate.year));
  return (mother: SyntheticCitizen): readonly SyntheticCitizen[] =>
    byMother.get(mother.personalId) ?? [];
}

function emptyContents() {
  return {
    births: [] as BirthRecord[],
    marriages: [] as MarriageRecord[],
    deaths: [] as DeathRecord[],
    maritalStatusMismatches: [] as string[],
  };
}

import { AddressFactory } from './address-factory';
import { alternateSpellingOf } from './alternate-spelling';
import { FamilyClusterBuilder } from './family-cluster.builder';
import { IdentifierAllocator } from './identifier-allocator';
import { PersonFactory } from './person-factory';
import { Random } from './random';
import { SyntheticCitizen } from './synthetic-citizen';

export interface PopulationOptions {
  seed: number;
  size: number;
}

/** Share of citizens whose name another register writes differently. */
export const ALTERNATE_SPELLING_SHARE = 0.015;
/** Share of working-age adults living away from their permanent address. */
const LIVING_AWAY_SHARE = 0.1;

/**
 * The synthetic population every simulated database serves: `size` citizens in linked families,
 * identical for the same seed. Families are kept whole; the last places are filled with people
 * living alone so that the size is exact.
 */
export function generatePopulation({ seed, size }: PopulationOptions): SyntheticCitizen[] {
  const random = new Random(seed);
  const places = new AddressFactory(random);
  const people = new PersonFactory(random, new IdentifierAllocator(random));
  const families = new FamilyClusterBuilder(random, people, places);
  const citizens: SyntheticCitizen[] = [];
  while (citizens.length < size) {
    const cluster = families.build();
    citizens.push(...(cluster.length <= size - citizens.length ? cluster : families.singleAdult()));
  }
  for (const citizen of citizens) {
    if (isWorkingAge(citizen) && random.chance(LIVING_AWAY_SHARE)) {
      citizen.currentAddress = places.address(places.destinationProvince());
    }
    if (random.chance(ALTERNATE_SPELLING_SHARE)) {
      citizen.alternateSpelling = alternateSpellingOf(citizen.name, random);
    }
  }
  return citizens;
}

const isWorkingAge = (citizen: SyntheticCitizen) =>
  citizen.birthDate.year >= 1980 && citizen.birthDate.year <= 2006;

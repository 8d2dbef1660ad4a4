import { PopulationDirectory } from '../../population/population-directory';
import { isoBirthDate } from '../../synthetic/synthetic-citizen';
import { CivilStatusRegister } from '../register/civil-status-register';
import { CivilStatusSample, SampleKind } from './civil-status-samples.dto';

/**
 * The people of each kind of sample, in the order the population was generated: whose birth,
 * marriage or death is registered, and who carries one of the known inconsistencies.
 */
export function peopleOfKind(
  kind: SampleKind,
  register: CivilStatusRegister,
  directory: PopulationDirectory,
): string[] {
  const { births, deaths, maritalStatusMismatches } = register.contents;
  switch (kind) {
    case 'birth':
      return births.map((birth) => birth.child.personalId);
    case 'marriage':
      return directory.citizens
        .map((citizen) => citizen.personalId)
        .filter((personalId) => register.marriagesOf(personalId).length > 0);
    case 'death':
      return deaths.map((death) => death.deceased.personalId);
    case 'marital-status':
      return directory.citizens.map((citizen) => citizen.personalId);
    case 'name-mismatch':
      return births
        .map((birth) => birth.child)
        .filter((child) => child.fullName !== directory.find(child.personalId)?.fullName)
        .map((child) => child.personalId);
    case 'marital-status-mismatch':
      return [...maritalStatusMismatches];
  }
}

export function sampleOf(
  personalId: string,
  register: CivilStatusRegister,
  directory: PopulationDirectory,
): CivilStatusSample {
  const citizen = directory.find(personalId);
  const death = register.deathOf(personalId);
  const birthDate = citizen?.birthDate ?? death!.deceased.birthDate;
  return {
    personalId,
    fullName: register.nameOf(personalId)!,
    dateOfBirth: isoBirthDate(birthDate),
    marriages: register.marriagesOf(personalId).length,
    ...(citizen && {
      maritalStatus: register.maritalStatusOf(personalId)!.status,
      populationFullName: citizen.fullName,
      populationMaritalStatus: citizen.maritalStatus,
    }),
    ...(death && { dateOfDeath: death.diedOn }),
  };
}

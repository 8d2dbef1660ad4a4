import { AdministrativeAddress, PersonReference, SyntheticCitizen } from './synthetic-citizen';

/** A household member and their relationship to the head, as the register writes it. */
export type Member = readonly [citizen: SyntheticCitizen, relationship: string];

export const referenceTo = (citizen: SyntheticCitizen): PersonReference => ({
  fullName: citizen.fullName,
  personalId: citizen.personalId,
});

/** Registers a household at the head's address; returns its members, head first. */
export function formHousehold(
  head: SyntheticCitizen,
  members: readonly Member[],
): SyntheticCitizen[] {
  const headReference = referenceTo(head);
  head.household = { head: headReference, relationship: 'Chủ hộ' };
  for (const [member, relationship] of members) {
    member.household = { head: headReference, relationship };
    moveTo(member, head.permanentAddress);
  }
  return [head, ...members.map(([member]) => member)];
}

export function marry(husband: SyntheticCitizen, wife: SyntheticCitizen): void {
  husband.spouse = referenceTo(wife);
  wife.spouse = referenceTo(husband);
  husband.maritalStatus = 'married';
  wife.maritalStatus = 'married';
}

export function moveTo(citizen: SyntheticCitizen, home: AdministrativeAddress): SyntheticCitizen {
  citizen.permanentAddress = home;
  citizen.currentAddress = home;
  return citizen;
}

/** How the register names the head's brother or sister living with them. */
export function siblingRelationship(sibling: SyntheticCitizen, head: SyntheticCitizen): string {
  if (sibling.birthDate.year >= head.birthDate.year) return 'Em ruột';
  return sibling.sex === 'male' ? 'Anh ruột' : 'Chị ruột';
}

export const asMembers = (citizens: readonly SyntheticCitizen[], relationship: string): Member[] =>
  citizens.map((citizen) => [citizen, relationship]);

import { PROVINCES } from '@interop/contracts';
import { AddressFactory } from '../../synthetic/address-factory';
import { Random, weightedTable } from '../../synthetic/random';
import { branchStandingOf } from './enterprise-standing';
import { BranchRecord, SyntheticEnterprise } from './synthetic-enterprise';

const BRANCH_COUNTS = weightedTable([
  [1, 6],
  [2, 3],
  [3, 2],
  [4, 1],
]);
const HO_CHI_MINH = '79';

type Parent = Pick<SyntheticEnterprise, 'code' | 'name' | 'headOffice' | 'standing'>;

/**
 * Branches in other provinces, where the business goes, numbered 001, 002... after the parent's
 * code and named "Chi nhánh <enterprise> tại <province>".
 */
export function branchesOf(
  random: Random,
  places: AddressFactory,
  parent: Parent,
  count: number,
): BranchRecord[] {
  return branchProvinces(places, parent.headOffice.provinceCode, count).map(
    (provinceCode, index) => ({
      code: `${parent.code}-${String(index + 1).padStart(3, '0')}`,
      name: `Chi nhánh ${parent.name} tại ${placeName(provinceCode)}`,
      address: places.address(provinceCode),
      standing: branchStandingOf(random, parent.standing),
    }),
  );
}

export function branchCount(random: Random): number {
  return random.pickWeighted(BRANCH_COUNTS);
}

/** Distinct provinces other than the head office's; fewer than `count` if the draws run dry. */
function branchProvinces(places: AddressFactory, headOffice: string, count: number): string[] {
  const chosen = new Set<string>();
  for (let draw = 0; draw < count * 4 && chosen.size < count; draw++) {
    const province = draw % 2 === 0 ? places.destinationProvince() : places.residenceProvince();
    if (province !== headOffice) chosen.add(province);
  }
  return [...chosen];
}

/** Ho Chi Minh City is written in full in a branch's name; other provinces by their name. */
const placeName = (provinceCode: string) =>
  provinceCode === HO_CHI_MINH ? 'Thành phố Hồ Chí Minh' : PROVINCES[provinceCode];

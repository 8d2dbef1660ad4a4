import { Branch } from '@interop/contracts';
import { Fields } from '@interop/adapter-kit';
import { mapAddress } from './address.mapper';
import { mapStatus } from './registry-fields';

const BRANCH_NUMBER = /^-(?!000)\d{3}$/;

/**
 * chiNhanh[i] → Branch; its code must be the parent's code, "-", 001-999. An empty `parentCode`
 * means the parent's own code was refused, a problem already reported.
 */
export function mapBranch(fields: Fields, parentCode: string): Branch {
  const belongsToParent = (code: string) =>
    code.startsWith(parentCode) && BRANCH_NUMBER.test(code.slice(parentCode.length));
  return {
    branchCode: fields.text('maSo', (code) =>
      !parentCode || belongsToParent(code)
        ? undefined
        : "must be the enterprise's code followed by -001 to -999",
    ),
    name: fields.text('ten'),
    address: mapAddress(fields.child('diaChi')),
    status: mapStatus(fields, 'tinhTrang'),
  };
}

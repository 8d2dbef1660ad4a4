import { Address, AddressClaimDto, FieldCheck } from '@interop/contracts';

/**
 * A claimed address against a registered one, on the administrative unit codes both sides have:
 * province, then commune. House number and street are written too freely to compare.
 */
export function compareAddresses(
  claimed: AddressClaimDto,
  registered: Address | undefined,
): FieldCheck {
  if (!registered?.provinceCode) {
    return { verdict: 'NOT_FOUND', reason: 'the register holds no such address' };
  }
  if (claimed.provinceCode !== registered.provinceCode) {
    return { verdict: 'MISMATCH', reason: 'the province differs from the register' };
  }
  if (!registered.communeCode) {
    return {
      verdict: 'MATCH',
      reason: 'compared on the province only: the register holds no commune code',
    };
  }
  if (claimed.communeCode !== registered.communeCode) {
    return {
      verdict: 'MISMATCH',
      reason: 'the province matches the register, the commune does not',
    };
  }
  return claimed.detail
    ? {
        verdict: 'MATCH',
        reason: 'compared on province and commune codes; the street detail is not compared',
      }
    : { verdict: 'MATCH' };
}

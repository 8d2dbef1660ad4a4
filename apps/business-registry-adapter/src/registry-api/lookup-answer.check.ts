import { Enterprise, parseEnterpriseCode } from '@interop/contracts';
import { Outcome, succeed } from '@interop/adapter-kit';
import { REGISTRY_ERRORS } from './registry-errors';

/**
 * For a branch code the registry answers the enterprise the branch belongs to; the canonical
 * answer is that enterprise, in full, its branches listed. An answer about another enterprise,
 * or without the branch asked about, is refused rather than passed on.
 */
export function checkAnswersCode(code: string, enterprise: Enterprise): Outcome<Enterprise> {
  const parsed = parseEnterpriseCode(code);
  const parentCode = parsed.ok ? parsed.value.parentCode : code;
  if (enterprise.enterpriseCode !== parentCode) {
    return mismatch('the business registry answered about another enterprise');
  }
  const isBranch = parsed.ok && parsed.value.unitNumber !== undefined;
  if (isBranch && !enterprise.branches.some((branch) => branch.branchCode === code)) {
    return mismatch('the business registry answered a branch code without listing that branch');
  }
  return succeed(enterprise);
}

const mismatch = (reason: string) => REGISTRY_ERRORS.invalid([reason], 'another query');

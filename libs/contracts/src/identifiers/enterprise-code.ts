import { Parsed } from './date-of-birth';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
const ENTERPRISE_CODE = /^\d{10}$/;
const BRANCH_CODE = /^(\d{10})-(\d{3})$/;

/** The check digit of a 10-digit enterprise code (tax code) from its first nine digits. */
export function enterpriseCheckDigit(firstNine: string): number | undefined {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(firstNine[i]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

function enterpriseCodeProblem(code: string): string | undefined {
  if (!ENTERPRISE_CODE.test(code)) return 'must be 10 digits, or a branch code NNNNNNNNNN-NNN';
  if (/^0{7}$/.test(code.slice(2, 9))) return 'digits 3-9 must not all be zero';
  const check = enterpriseCheckDigit(code.slice(0, 9));
  if (check === undefined) return 'has no valid check digit (digits 1-9 give a remainder of 0)';
  return check === Number(code[9]) ? undefined : `check digit must be ${check}, not ${code[9]}`;
}

export interface EnterpriseCodeFacts {
  /** The 10-digit code of the enterprise itself. */
  parentCode: string;
  /** 001-999 for a branch or dependent unit; absent for the enterprise itself. */
  unitNumber?: string;
}

/** An enterprise code (mã số doanh nghiệp) or a branch code: parent code, "-", 001-999. */
export function parseEnterpriseCode(text: string): Parsed<EnterpriseCodeFacts> {
  const branch = BRANCH_CODE.exec(text);
  const parentCode = branch ? branch[1] : text;
  if (branch && branch[2] === '000') {
    return { ok: false, reason: 'branch number must be 001-999' };
  }
  const problem = enterpriseCodeProblem(parentCode);
  if (problem) return { ok: false, reason: problem };
  return { ok: true, value: branch ? { parentCode, unitNumber: branch[2] } : { parentCode } };
}

import { enterpriseCheckDigit, parseEnterpriseCode } from './enterprise-code';

describe('enterpriseCheckDigit', () => {
  it('weighs digits 1-9 by 31, 29, 23, 19, 17, 13, 7, 5, 3 and takes 10 - (sum mod 11)', () => {
    // 0*31+3*29+0*23+3*19+4*17+5*13+6*7+7*5+8*3 = 378; 378 mod 11 = 4; 10 - 4 = 6
    expect(enterpriseCheckDigit('030345678')).toBe(6);
    expect(enterpriseCheckDigit('010010210')).toBe(0);
  });

  it('has no check digit when the remainder is 0', () => {
    expect(enterpriseCheckDigit('010000005')).toBeUndefined();
  });
});

describe('parseEnterpriseCode', () => {
  it('accepts an enterprise code with its check digit', () => {
    expect(parseEnterpriseCode('0303456786')).toEqual({
      ok: true,
      value: { parentCode: '0303456786' },
    });
  });

  it('accepts a branch code of a valid enterprise code', () => {
    expect(parseEnterpriseCode('0303456786-001')).toEqual({
      ok: true,
      value: { parentCode: '0303456786', unitNumber: '001' },
    });
  });

  it.each([
    ['0303456785', 'check digit must be 6, not 5'],
    ['0100000050', 'has no valid check digit (digits 1-9 give a remainder of 0)'],
    ['0100000000', 'digits 3-9 must not all be zero'],
    ['030345678', 'must be 10 digits, or a branch code NNNNNNNNNN-NNN'],
    ['03034567866', 'must be 10 digits, or a branch code NNNNNNNNNN-NNN'],
    ['030345678a', 'must be 10 digits, or a branch code NNNNNNNNNN-NNN'],
    ['0303456786-01', 'must be 10 digits, or a branch code NNNNNNNNNN-NNN'],
    ['0303456786_001', 'must be 10 digits, or a branch code NNNNNNNNNN-NNN'],
    ['0303456786-000', 'branch number must be 001-999'],
    ['0303456785-001', 'check digit must be 6, not 5'],
  ])('rejects %p: %s', (code, reason) => {
    expect(parseEnterpriseCode(code)).toEqual({ ok: false, reason });
  });
});

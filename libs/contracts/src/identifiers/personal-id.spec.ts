import { parsePersonalId, personalIdDateOfBirthConflict } from './personal-id';

const TODAY = new Date('2026-11-28T00:00:00Z');

describe('parsePersonalId', () => {
  it.each([
    ['001085012345', { provinceCode: '001', provinceName: 'Hà Nội', sex: 'male', birthYear: 1985 }],
    [
      '079193000001',
      { provinceCode: '079', provinceName: 'Hồ Chí Minh', sex: 'female', birthYear: 1993 },
    ],
    ['096205123456', { provinceCode: '096', provinceName: 'Cà Mau', sex: 'male', birthYear: 2005 }],
    [
      '038301000002',
      { provinceCode: '038', provinceName: 'Thanh Hoá', sex: 'female', birthYear: 2001 },
    ],
    [
      '002100000003',
      { provinceCode: '002', provinceName: 'Hà Giang', sex: 'female', birthYear: 1900 },
    ],
  ])('decodes %s', (id, facts) => {
    expect(parsePersonalId(id, TODAY)).toEqual({ ok: true, value: facts });
  });

  it.each([
    ['00108501234', 'must be exactly 12 digits'],
    ['0010850123456', 'must be exactly 12 digits'],
    ['00108501234a', 'must be exactly 12 digits'],
    [' 01085012345', 'must be exactly 12 digits'],
    ['', 'must be exactly 12 digits'],
  ])('rejects %p: %s', (id, reason) => {
    expect(parsePersonalId(id, TODAY)).toEqual({ ok: false, reason });
  });

  it.each(['003085012345', '097085012345', '100085012345', '000085012345'])(
    'rejects the unknown province code of %s',
    (id) => {
      const parsed = parsePersonalId(id, TODAY);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.reason).toContain('not a province code');
    },
  );

  it('rejects a birth year in the future', () => {
    expect(parsePersonalId('001230012345', TODAY)).toEqual({
      ok: false,
      reason: 'digits 4-6 encode the birth year 2030, in the future',
    });
    expect(parsePersonalId('001400012345', TODAY).ok).toBe(false);
  });

  it('reads every century digit pair', () => {
    const years = ['0', '2', '4'].map((digit) =>
      parsePersonalId(`001${digit}00000000`, new Date('2200-01-01')),
    );
    expect(years.map((parsed) => parsed.ok && parsed.value.birthYear)).toEqual([1900, 2000, 2100]);
  });
});

describe('personalIdDateOfBirthConflict', () => {
  it('accepts a full date or a year that agrees with the number', () => {
    expect(personalIdDateOfBirthConflict('001085012345', '1985-03-14')).toBeUndefined();
    expect(personalIdDateOfBirthConflict('001085012345', '1985')).toBeUndefined();
    expect(personalIdDateOfBirthConflict('079305000001', '2005-01-01')).toBeUndefined();
  });

  it('names the century digit when the century disagrees', () => {
    expect(personalIdDateOfBirthConflict('001205012345', '1985-03-14')).toBe(
      'digit 4 encodes a birth in 2000-2099, but the date of birth is in 1985',
    );
  });

  it('names the year digits when only the year disagrees', () => {
    expect(personalIdDateOfBirthConflict('001086012345', '1985-03-14')).toBe(
      'digits 5-6 encode the birth year 1986, but the date of birth is in 1985',
    );
  });

  it('leaves malformed values to their own validators', () => {
    expect(personalIdDateOfBirthConflict('12345', '1985-03-14')).toBeUndefined();
    expect(personalIdDateOfBirthConflict('001085012345', '1985-02-30')).toBeUndefined();
  });
});

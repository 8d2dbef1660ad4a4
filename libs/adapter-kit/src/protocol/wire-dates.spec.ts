import {
  COMPACT_DATE_OF_BIRTH,
  DAY_MONTH_YEAR,
  DAY_MONTH_YEAR_OR_YEAR,
  XSD_DATE,
} from './wire-dates';

describe('DAY_MONTH_YEAR', () => {
  it.each([
    ['08/11/1992', '1992-11-08'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s as %s, and writes it back', (wire, iso) => {
    expect(DAY_MONTH_YEAR.toIso(wire)).toBe(iso);
    expect(DAY_MONTH_YEAR.fromIso(iso)).toBe(wire);
  });

  it.each([
    '31/02/1992',
    '29/02/2023',
    '1992-11-08',
    '8/11/1992',
    '00/01/2000',
    '01/13/2000',
    '1992',
  ])('refuses %s', (wire) => {
    expect(DAY_MONTH_YEAR.toIso(wire)).toBeUndefined();
  });
});

describe('DAY_MONTH_YEAR_OR_YEAR', () => {
  it('reads a day, or a year alone', () => {
    expect(DAY_MONTH_YEAR_OR_YEAR.toIso('12/10/1992')).toBe('1992-10-12');
    expect(DAY_MONTH_YEAR_OR_YEAR.toIso('1942')).toBe('1942');
    expect(DAY_MONTH_YEAR_OR_YEAR.fromIso('1942')).toBe('1942');
  });

  it('refuses what is neither', () => {
    expect(DAY_MONTH_YEAR_OR_YEAR.toIso('31/02/1992')).toBeUndefined();
    expect(DAY_MONTH_YEAR_OR_YEAR.toIso('92')).toBeUndefined();
  });
});

describe('COMPACT_DATE_OF_BIRTH', () => {
  it.each([
    ['19630416', '1963-04-16'],
    ['1967', '1967'],
  ])('reads %s as %s, and writes it back', (wire, iso) => {
    expect(COMPACT_DATE_OF_BIRTH.toIso(wire)).toBe(iso);
    expect(COMPACT_DATE_OF_BIRTH.fromIso(iso)).toBe(wire);
  });

  it.each(['19630231', '18991231', '1899', '29991231', '1963-04-16', '196304'])(
    'refuses %s: not a date of birth',
    (wire) => {
      expect(COMPACT_DATE_OF_BIRTH.toIso(wire)).toBeUndefined();
    },
  );
});

describe('XSD_DATE', () => {
  it('reads a real day as itself', () => {
    expect(XSD_DATE.toIso('2024-02-29')).toBe('2024-02-29');
    expect(XSD_DATE.fromIso('2024-02-29')).toBe('2024-02-29');
  });

  it.each(['2023-02-29', '2024-13-01', '08/11/1992', '2024-2-9', '2024-02-29Z', '2024'])(
    'refuses %s',
    (wire) => {
      expect(XSD_DATE.toIso(wire)).toBeUndefined();
    },
  );
});

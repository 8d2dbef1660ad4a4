import { parseDateOfBirth } from './date-of-birth';

const TODAY = new Date('2026-11-28T00:00:00Z');

describe('parseDateOfBirth', () => {
  it.each([
    ['1985-03-14', { year: 1985, month: 3, day: 14 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['1900-01-01', { year: 1900, month: 1, day: 1 }],
    ['1962', { year: 1962 }],
  ])('accepts %s', (text, value) => {
    expect(parseDateOfBirth(text, TODAY)).toEqual({ ok: true, value });
  });

  it.each([
    ['1985-02-29', 'is not a calendar date'],
    ['1900-02-29', 'is not a calendar date'],
    ['1985-13-01', 'is not a calendar date'],
    ['1985-04-31', 'is not a calendar date'],
    ['1985-00-10', 'is not a calendar date'],
    ['2027-01-01', 'must not be in the future'],
    ['2027', 'must not be in the future'],
    ['1899-12-31', 'year must not be before 1900'],
    ['14/03/1985', 'must be a date YYYY-MM-DD or a year YYYY'],
    ['1985-3-14', 'must be a date YYYY-MM-DD or a year YYYY'],
    ['85', 'must be a date YYYY-MM-DD or a year YYYY'],
    ['', 'must be a date YYYY-MM-DD or a year YYYY'],
  ])('rejects %p: %s', (text, reason) => {
    expect(parseDateOfBirth(text, TODAY)).toEqual({ ok: false, reason });
  });
});

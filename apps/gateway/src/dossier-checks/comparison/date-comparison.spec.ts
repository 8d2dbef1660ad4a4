import { compareDatesOfBirth } from './date-comparison';

describe('compareDatesOfBirth', () => {
  it('matches the same full date', () => {
    expect(compareDatesOfBirth('1985-03-14', '1985-03-14')).toEqual({ verdict: 'MATCH' });
  });

  it('says whether a different full date is in the same year', () => {
    expect(compareDatesOfBirth('1985-03-15', '1985-03-14')).toEqual({
      verdict: 'MISMATCH',
      reason: 'the year of birth matches the register, the day or month does not',
    });
    expect(compareDatesOfBirth('1986-03-14', '1985-03-14')).toEqual({
      verdict: 'MISMATCH',
      reason: 'the year of birth differs from the register',
    });
  });

  it('compares a year-only registration as a year, and says so', () => {
    expect(compareDatesOfBirth('1948-07-02', '1948')).toEqual({
      verdict: 'MATCH',
      reason: 'compared on the year only: the register gives the year alone',
    });
    expect(compareDatesOfBirth('1949-07-02', '1948').verdict).toBe('MISMATCH');
  });

  it('compares a year-only claim as a year, and says so', () => {
    expect(compareDatesOfBirth('1948', '1948-07-02')).toEqual({
      verdict: 'MATCH',
      reason: 'compared on the year only: the claim gives the year alone',
    });
    expect(compareDatesOfBirth('1948', '1948')).toEqual(
      expect.objectContaining({ verdict: 'MATCH' }),
    );
    expect(compareDatesOfBirth('1947', '1948-07-02')).toEqual({
      verdict: 'MISMATCH',
      reason: 'the year of birth differs from the register',
    });
  });

  it('does not match what is not a date', () => {
    expect(compareDatesOfBirth('1985-02-30', '1985-02-30').verdict).toBe('MISMATCH');
    expect(compareDatesOfBirth('14/03/1985', '1985-03-14').verdict).toBe('MISMATCH');
  });
});

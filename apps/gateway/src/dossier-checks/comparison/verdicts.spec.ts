import { claimVerdict, overallVerdict } from './verdicts';
import { compareMaritalStatus } from '../claims/marital-status.claim';

describe('claimVerdict', () => {
  it('is the worst field verdict: MISMATCH, NOT_FOUND, UNAVAILABLE, then MATCH', () => {
    expect(claimVerdict([{ verdict: 'MATCH' }, { verdict: 'MATCH' }])).toBe('MATCH');
    expect(claimVerdict([{ verdict: 'MATCH' }, { verdict: 'UNAVAILABLE' }])).toBe('UNAVAILABLE');
    expect(claimVerdict([{ verdict: 'UNAVAILABLE' }, { verdict: 'NOT_FOUND' }])).toBe('NOT_FOUND');
    expect(claimVerdict([{ verdict: 'UNAVAILABLE' }, { verdict: 'MISMATCH' }])).toBe('MISMATCH');
  });

  it('is UNAVAILABLE when no field was checked', () => {
    expect(claimVerdict([])).toBe('UNAVAILABLE');
  });
});

describe('overallVerdict', () => {
  it('is VERIFIED only when every claim matches', () => {
    expect(overallVerdict(['MATCH'])).toBe('VERIFIED');
    expect(overallVerdict(['MATCH', 'MATCH', 'MATCH'])).toBe('VERIFIED');
  });

  it('is DISCREPANCIES for a contradicted claim or an unknown subject, whatever else', () => {
    expect(overallVerdict(['MATCH', 'MISMATCH'])).toBe('DISCREPANCIES');
    expect(overallVerdict(['NOT_FOUND', 'MATCH'])).toBe('DISCREPANCIES');
    expect(overallVerdict(['MISMATCH', 'UNAVAILABLE'])).toBe('DISCREPANCIES');
  });

  it('is INCOMPLETE when nothing contradicts but a source did not answer', () => {
    expect(overallVerdict(['MATCH', 'UNAVAILABLE'])).toBe('INCOMPLETE');
    expect(overallVerdict(['UNAVAILABLE'])).toBe('INCOMPLETE');
  });
});

describe('compareMaritalStatus', () => {
  it('matches the same status and names a different one without saying which', () => {
    expect(compareMaritalStatus('married', 'married')).toEqual({ verdict: 'MATCH' });
    expect(compareMaritalStatus('married', 'divorced')).toEqual({
      verdict: 'MISMATCH',
      reason: 'the civil-status register records another marital status',
    });
  });

  it('takes a register that cannot tell as no answer, not a contradiction', () => {
    expect(compareMaritalStatus('single', 'unknown').verdict).toBe('NOT_FOUND');
  });
});

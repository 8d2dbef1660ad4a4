import {
  ApplicantClaimsDto,
  Citizen,
  CitizenQueryDto,
  CitizenVerification,
  errorReply,
  okReply,
  Reply,
} from '@interop/contracts';
import { checkApplicant } from './applicant.claim';
import { AskSource } from './source-answers';

const FETCHED_AT = '2026-06-01T08:30:00.000Z';
const applicant: ApplicantClaimsDto = {
  personalId: '001085012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1985-03-14',
};
const citizen = {
  personalId: applicant.personalId,
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  dateOfBirth: '1985-03-14',
  permanentAddress: {
    provinceCode: '01',
    provinceName: 'Hà Nội',
    communeCode: '00004',
    communeName: 'Phường Trúc Bạch',
    detail: '',
  },
} as Citizen;

type Verdict = 'MATCH' | 'MISMATCH';

/** The population database as the checks see it: a record, and its own matching rules. */
function population(record: Citizen | undefined, registeredDate = record?.dateOfBirth) {
  const calls: Array<{ operation: string; query: CitizenQueryDto }> = [];
  const verdictsOf = (query: CitizenQueryDto) => ({
    fullName: (query.fullName === record!.fullName ? 'MATCH' : 'MISMATCH') as Verdict,
    dateOfBirth: (query.dateOfBirth === registeredDate ? 'MATCH' : 'MISMATCH') as Verdict,
  });
  const ask: AskSource = async <T>(
    _source: string,
    operation: string,
    _key: string,
    payload: object,
  ) => {
    const query = payload as CitizenQueryDto;
    calls.push({ operation, query });
    if (!record) return errorReply('NOT_FOUND', 'no such citizen') as Reply<T>;
    const fields = verdictsOf(query);
    const meta = {
      source: 'population' as const,
      fetchedAt: FETCHED_AT,
      cached: false,
      durationMs: 5,
    };
    if (operation === 'citizen.verify') {
      const verification: CitizenVerification = {
        verified: fields.fullName === 'MATCH' && fields.dateOfBirth === 'MATCH',
        fields,
      };
      return okReply(verification, meta) as Reply<T>;
    }
    const revealed = fields.fullName === 'MATCH' && fields.dateOfBirth === 'MATCH';
    return (
      revealed
        ? okReply({ ...record, dateOfBirth: registeredDate }, meta)
        : errorReply('NOT_FOUND', 'no such citizen')
    ) as Reply<T>;
  };
  return { ask, calls, operations: () => calls.map((call) => call.operation) };
}

describe('checkApplicant', () => {
  it('verifies name and date of birth without looking the record up', async () => {
    const db = population(citizen);
    const check = await checkApplicant(db.ask, applicant);
    expect(check).toEqual({
      source: 'population',
      verdict: 'MATCH',
      fetchedAt: FETCHED_AT,
      fields: { fullName: { verdict: 'MATCH' }, dateOfBirth: { verdict: 'MATCH' } },
    });
    expect(db.operations()).toEqual(['citizen.verify']);
  });

  it('reports a name the database does not confirm, with what it compares', async () => {
    const db = population(citizen);
    const check = await checkApplicant(db.ask, { ...applicant, fullName: 'Nguyen Van An' });
    expect(check.verdict).toBe('MISMATCH');
    expect(check.fields.fullName).toEqual({
      verdict: 'MISMATCH',
      reason: expect.stringContaining('the claimed name carries no diacritics at all'),
    });
    expect(check.fields.dateOfBirth).toEqual({ verdict: 'MATCH' });
  });

  it('is NOT_FOUND in every field for a number nobody holds', async () => {
    const check = await checkApplicant(population(undefined).ask, { ...applicant, gender: 'male' });
    expect(check).toEqual(
      expect.objectContaining({
        verdict: 'NOT_FOUND',
        errorCode: 'NOT_FOUND',
        fields: {
          fullName: { verdict: 'NOT_FOUND' },
          dateOfBirth: { verdict: 'NOT_FOUND' },
          gender: { verdict: 'NOT_FOUND' },
        },
      }),
    );
  });

  it('leaves every field UNAVAILABLE, with the code, when the database cannot be asked', async () => {
    const down: AskSource = async <T>() =>
      errorReply('SOURCE_UNAVAILABLE', 'upstream down') as Reply<T>;
    const check = await checkApplicant(down, applicant);
    expect(check).toEqual({
      source: 'population',
      verdict: 'UNAVAILABLE',
      reason: 'upstream down',
      errorCode: 'SOURCE_UNAVAILABLE',
      fields: { fullName: { verdict: 'UNAVAILABLE' }, dateOfBirth: { verdict: 'UNAVAILABLE' } },
    });
  });

  describe('with gender or address declared', () => {
    const full: ApplicantClaimsDto = {
      ...applicant,
      gender: 'male',
      permanentAddress: { provinceCode: '01', communeCode: '00004' },
    };

    it('looks the record up once and compares every field itself', async () => {
      const db = population(citizen);
      const check = await checkApplicant(db.ask, full);
      expect(check.verdict).toBe('MATCH');
      expect(Object.keys(check.fields)).toEqual([
        'fullName',
        'dateOfBirth',
        'gender',
        'permanentAddress',
      ]);
      expect(db.operations()).toEqual(['citizen.lookup']);
    });

    it('reports gender and address that differ, without the registered values', async () => {
      const check = await checkApplicant(population(citizen).ask, {
        ...full,
        gender: 'female',
        permanentAddress: { provinceCode: '01', communeCode: '00007' },
      });
      expect(check.verdict).toBe('MISMATCH');
      expect(check.fields.gender).toEqual({
        verdict: 'MISMATCH',
        reason: 'differs from the register',
      });
      expect(check.fields.permanentAddress?.reason).toBe(
        'the province matches the register, the commune does not',
      );
      expect(JSON.stringify(check)).not.toContain('Trúc Bạch');
    });

    it('falls back to a verification when the record is not revealed, and says why the rest is not checked', async () => {
      const db = population(citizen);
      const check = await checkApplicant(db.ask, { ...full, fullName: 'Nguyễn An' });
      expect(db.operations()).toEqual(['citizen.lookup', 'citizen.verify']);
      expect(check.verdict).toBe('MISMATCH');
      expect(check.fields.fullName?.verdict).toBe('MISMATCH');
      expect(check.fields.dateOfBirth).toEqual({ verdict: 'MATCH' });
      expect(check.fields.gender).toEqual({
        verdict: 'UNAVAILABLE',
        reason: expect.stringContaining('reveals a record only when'),
      });
      expect(check.fields.permanentAddress?.verdict).toBe('UNAVAILABLE');
    });
  });

  describe('where the database registered the year of birth alone', () => {
    const yearOnly = { ...citizen, dateOfBirth: '1985' };

    it('confirms a full date claimed by asking again with the year', async () => {
      const db = population(yearOnly);
      const check = await checkApplicant(db.ask, applicant);
      expect(db.calls.map((call) => call.query.dateOfBirth)).toEqual(['1985-03-14', '1985']);
      expect(check.verdict).toBe('MATCH');
      expect(check.fields.dateOfBirth).toEqual({
        verdict: 'MATCH',
        reason: 'compared on the year only: the register gives the year alone',
      });
    });

    it('then looks the record up by the year for gender and address', async () => {
      const db = population(yearOnly);
      const check = await checkApplicant(db.ask, { ...applicant, gender: 'male' });
      expect(db.operations()).toEqual([
        'citizen.lookup',
        'citizen.verify',
        'citizen.verify',
        'citizen.lookup',
      ]);
      expect(check.verdict).toBe('MATCH');
      expect(check.fields.gender).toEqual({ verdict: 'MATCH' });
    });

    it('does not confirm a date of another year', async () => {
      const check = await checkApplicant(population(yearOnly).ask, {
        ...applicant,
        personalId: '001086012345',
        dateOfBirth: '1986-03-14',
      });
      expect(check.fields.dateOfBirth).toEqual({
        verdict: 'MISMATCH',
        reason: 'differs from the register',
      });
    });
  });

  it('explains why a year-only claim is not confirmed against a full registered date', async () => {
    const check = await checkApplicant(population(citizen).ask, {
      ...applicant,
      dateOfBirth: '1985',
    });
    expect(check.fields.dateOfBirth).toEqual({
      verdict: 'MISMATCH',
      reason: expect.stringContaining('matches a year of birth alone only with a registration'),
    });
  });
});

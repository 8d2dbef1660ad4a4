import { Enterprise, errorReply, okReply, Reply } from '@interop/contracts';
import { checkEnterprise } from './enterprise.claim';
import { checkMaritalStatus } from './marital-status.claim';
import { AskSource } from './source-answers';

const FETCHED_AT = '2026-06-01T08:30:00.000Z';
const APPLICANT = '001085012345';
const OTHER_PERSON = '079190000123';
const enterprise = {
  enterpriseCode: '0303456786',
  names: { vietnamese: 'Công ty TNHH Hoàng Long', short: 'Hoàng Long Co' },
  status: 'active',
  legalRepresentative: { personalId: APPLICANT, fullName: 'Nguyễn Văn An', position: 'Giám đốc' },
} as Enterprise;

function answering(data: object): { ask: AskSource; asked: unknown[] } {
  const asked: unknown[] = [];
  const ask: AskSource = async <T>(
    source: string,
    operation: string,
    key: string,
    payload: object,
  ) => {
    asked.push({ source, operation, key, payload });
    const meta = {
      source: 'business-registry' as const,
      fetchedAt: FETCHED_AT,
      cached: false,
      durationMs: 3,
    };
    return okReply(data, meta) as Reply<T>;
  };
  return { ask, asked };
}

const failing =
  (code: 'NOT_FOUND' | 'SOURCE_UNAVAILABLE'): AskSource =>
  async <T>() =>
    errorReply(code, 'nope') as Reply<T>;

describe('checkEnterprise', () => {
  it('looks the enterprise up by its code and matches the applicant as its representative', async () => {
    const { ask, asked } = answering(enterprise);
    const check = await checkEnterprise(ask, { enterpriseCode: '0303456786' }, APPLICANT);
    expect(asked).toEqual([
      {
        source: 'business-registry',
        operation: 'enterprise.lookup',
        key: '0303456786',
        payload: { enterpriseCode: '0303456786' },
      },
    ]);
    expect(check).toEqual({
      source: 'business-registry',
      verdict: 'MATCH',
      fetchedAt: FETCHED_AT,
      fields: {
        enterpriseCode: { verdict: 'MATCH' },
        legalRepresentative: {
          verdict: 'MATCH',
          reason: 'the applicant is the registered legal representative',
        },
      },
    });
  });

  it('reports a legal representative who is someone else, by personal id', async () => {
    const { ask } = answering(enterprise);
    const declared = await checkEnterprise(
      ask,
      { enterpriseCode: '0303456786', legalRepresentativePersonalId: OTHER_PERSON },
      APPLICANT,
    );
    expect(declared.fields.legalRepresentative).toEqual({
      verdict: 'MISMATCH',
      reason: 'the registered legal representative is not the declared person',
    });
    const implied = await checkEnterprise(ask, { enterpriseCode: '0303456786' }, OTHER_PERSON);
    expect(implied.verdict).toBe('MISMATCH');
    expect(implied.fields.legalRepresentative?.reason).toBe(
      'the registered legal representative is not the applicant',
    );
  });

  it('compares a declared name with every registered name', async () => {
    const { ask } = answering(enterprise);
    const short = await checkEnterprise(
      ask,
      { enterpriseCode: '0303456786', name: 'HOÀNG LONG CO' },
      APPLICANT,
    );
    expect(short.fields.name).toEqual({ verdict: 'MATCH' });
    const stripped = await checkEnterprise(
      ask,
      { enterpriseCode: '0303456786', name: 'Cong ty TNHH Hoang Long' },
      APPLICANT,
    );
    expect(stripped.fields.name).toEqual(
      expect.objectContaining({ verdict: 'MISMATCH', difference: 'diacritics' }),
    );
  });

  it('says when a registered enterprise may no longer trade', async () => {
    const { ask } = answering({ ...enterprise, status: 'dissolved' });
    const check = await checkEnterprise(ask, { enterpriseCode: '0303456786' }, APPLICANT);
    expect(check.fields.enterpriseCode).toEqual({
      verdict: 'MATCH',
      reason: 'registered, with the status "dissolved"',
    });
  });

  it('is NOT_FOUND or UNAVAILABLE in every declared field when the lookup fails', async () => {
    const claims = { enterpriseCode: '0303456786', name: 'Hoàng Long' };
    const unknown = await checkEnterprise(failing('NOT_FOUND'), claims, APPLICANT);
    expect(unknown.verdict).toBe('NOT_FOUND');
    expect(Object.keys(unknown.fields)).toEqual(['enterpriseCode', 'name', 'legalRepresentative']);
    const down = await checkEnterprise(failing('SOURCE_UNAVAILABLE'), claims, APPLICANT);
    expect(down).toEqual(
      expect.objectContaining({ verdict: 'UNAVAILABLE', errorCode: 'SOURCE_UNAVAILABLE' }),
    );
  });
});

describe('checkMaritalStatus', () => {
  it('asks civil status by personal id and compares the status', async () => {
    const { ask, asked } = answering({ personalId: APPLICANT, maritalStatus: 'divorced' });
    const check = await checkMaritalStatus(ask, APPLICANT, 'married');
    expect(asked).toEqual([
      expect.objectContaining({
        source: 'civil-status',
        operation: 'marital-status.lookup',
        key: APPLICANT,
      }),
    ]);
    expect(check).toEqual({
      source: 'civil-status',
      verdict: 'MISMATCH',
      fetchedAt: FETCHED_AT,
      fields: {
        maritalStatus: {
          verdict: 'MISMATCH',
          reason: 'the civil-status register records another marital status',
        },
      },
    });
  });

  it('is UNAVAILABLE when civil status cannot be asked', async () => {
    const check = await checkMaritalStatus(failing('SOURCE_UNAVAILABLE'), APPLICANT, 'married');
    expect(check.fields).toEqual({ maritalStatus: { verdict: 'UNAVAILABLE' } });
  });
});

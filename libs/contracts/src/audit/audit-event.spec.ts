import { validateContract } from '../validation/validate-contract';
import { AuditEvent } from './audit-event';

const valid = {
  eventId: '0b6f1f9e-4a7e-4c59-9d8a-2f1f6f3c8a11',
  time: '2026-11-30T08:15:00.123Z',
  kind: 'access',
  app: 'gateway',
  caller: 'dossier-core',
  officerId: 'CB-0001',
  procedureCode: '1.001234',
  source: 'population',
  operation: 'citizen.lookup',
  outcome: 'answered',
  durationMs: 42,
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  fieldsReturned: ['fullName', 'permanentAddress.provinceCode'],
  subjectHash: 'a'.repeat(64),
  subjectKind: 'personal-id',
  channel: 'http',
};

function problems(plain: object): string[] {
  const result = validateContract(AuditEvent, plain);
  return result.ok ? [] : result.errors.map(({ field }) => field);
}

describe('AuditEvent', () => {
  it('accepts a complete access event', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('accepts an event without a subject', () => {
    const withoutSubject: Partial<typeof valid> = { ...valid };
    delete withoutSubject.subjectHash;
    delete withoutSubject.subjectKind;
    expect(problems(withoutSubject)).toEqual([]);
  });

  it.each([
    ['eventId', 'not-a-uuid'],
    ['time', '2026-11-30'],
    ['time', '2026-11-30T08:15:00'],
    ['kind', 'lookup'],
    ['outcome', 'allowed'],
    ['errorCode', 'OOPS'],
    ['durationMs', -1],
    ['durationMs', 1.5],
    ['traceId', 'XYZ'],
    ['subjectHash', '001085012345'],
    ['source', 'no-such-source'],
    ['channel', 'smtp'],
  ])('rejects %s = %p', (field, value) => {
    expect(problems({ ...valid, [field]: value })).toContain(field);
  });

  it('rejects a field value in place of a field name', () => {
    expect(problems({ ...valid, fieldsReturned: ['Nguyễn Văn An'] })).toContain('fieldsReturned');
  });

  it('wants subjectHash and subjectKind together', () => {
    expect(problems({ ...valid, subjectKind: undefined })).toContain('subjectKind');
    expect(problems({ ...valid, subjectHash: undefined })).toContain('subjectHash');
  });

  it('rejects properties the contract does not name, such as a clear identifier', () => {
    expect(problems({ ...valid, personalId: '001085012345' })).toContain('personalId');
  });
});

import {
  AuditEvent,
  AuditKind,
  AuditOutcome,
  ErrorCode,
  SubjectKind,
  subjectHash,
  validateContract,
} from '@interop/contracts';
import { fail, succeed } from '../source-adapter/outcome';
import { CallContext } from '../source-adapter/source-adapter';
import { upstreamCallEvent } from './upstream-call-audit';

const KEY = 's'.repeat(64);
const PERSONAL_ID = '001085012345';
const CONTEXT: CallContext = {
  correlationId: 'corr-1',
  requester: 'dossier-core',
  officerId: 'officer-7',
  procedureCode: '1.004227',
  dossierId: 'HS-2026-000123',
  deadline: Date.now() + 5000,
  traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  operation: 'citizen.lookup',
};
const PAYLOAD = { personalId: PERSONAL_ID, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' };
const RECORD = {
  personalId: PERSONAL_ID,
  fullName: 'Nguyễn Văn An',
  permanentAddress: { provinceCode: '01', line: '12 Hàng Bông' },
};

describe('upstreamCallEvent', () => {
  it('tells who asked what of which source, how it ended, with the subject hashed', () => {
    const startedAt = Date.now() - 40;
    const event = upstreamCallEvent(
      'population',
      { context: CONTEXT, payload: PAYLOAD, outcome: succeed(RECORD), startedAt },
      KEY,
    );
    expect(event).toMatchObject({
      kind: AuditKind.UpstreamCall,
      app: 'population-adapter',
      caller: 'dossier-core',
      officerId: 'officer-7',
      procedureCode: '1.004227',
      dossierId: 'HS-2026-000123',
      source: 'population',
      operation: 'citizen.lookup',
      outcome: AuditOutcome.Answered,
      requestId: 'corr-1',
      traceId: '0af7651916cd43dd8448eb211c80319c',
      subjectHash: subjectHash(KEY, PERSONAL_ID),
      subjectKind: SubjectKind.PersonalId,
    });
    expect(event.errorCode).toBeUndefined();
    expect(event.durationMs).toBeGreaterThanOrEqual(40);
    expect(event.fieldsReturned).toEqual([
      'personalId',
      'fullName',
      'permanentAddress.provinceCode',
      'permanentAddress.line',
    ]);
    expect(validateContract(AuditEvent, event).ok).toBe(true);
  });

  it('carries no personal data in clear', () => {
    const event = upstreamCallEvent(
      'population',
      { context: CONTEXT, payload: PAYLOAD, outcome: succeed(RECORD), startedAt: Date.now() },
      KEY,
    );
    const text = JSON.stringify(event);
    for (const value of [PERSONAL_ID, 'Nguyễn', 'Hàng Bông', '1985-03-14']) {
      expect(text).not.toContain(value);
    }
  });

  it('records "no such record" as answered, and a failure as the upstream’s', () => {
    const call = (outcome: ReturnType<typeof fail>) =>
      upstreamCallEvent(
        'population',
        { context: CONTEXT, payload: PAYLOAD, outcome, startedAt: Date.now() },
        KEY,
      );
    expect(call(fail(ErrorCode.NotFound, 'none'))).toMatchObject({
      outcome: AuditOutcome.Answered,
      errorCode: ErrorCode.NotFound,
      fieldsReturned: [],
    });
    expect(call(fail(ErrorCode.SourceUnavailable, 'down')).outcome).toBe(
      AuditOutcome.FailedUpstream,
    );
    // The database refusing our credentials is its failure, not a refusal of the caller.
    expect(call(fail(ErrorCode.Forbidden, 'refused')).outcome).toBe(AuditOutcome.FailedUpstream);
    expect(call(fail(ErrorCode.SourceTimeout, 'slow')).outcome).toBe(AuditOutcome.TimedOut);
  });

  it('hashes an enterprise code as such', () => {
    const event = upstreamCallEvent(
      'business-registry',
      {
        context: { ...CONTEXT, operation: 'enterprise.lookup' },
        payload: { enterpriseCode: '0101234567' },
        outcome: fail(ErrorCode.NotFound, 'none'),
        startedAt: Date.now(),
      },
      KEY,
    );
    expect(event).toMatchObject({
      subjectHash: subjectHash(KEY, '0101234567'),
      subjectKind: SubjectKind.EnterpriseCode,
    });
  });
});

import {
  AuditEvent,
  errorReply,
  okReply,
  Reply,
  RequestContext,
  SourceName,
} from '@interop/contracts';
import { SourcePermit } from '../access/source-permits.service';
import { AccessAttempt, AttemptEnding, attemptEvent, newAttempt } from '../audit/access-attempt';
import { AuditTrail } from '../audit/audit-trail.service';
import { GatewayConfig } from '../config/gateway.config';
import { SourceRequest } from '../source-requester/outbound-message';
import { SourceRequester } from '../source-requester/source-requester.service';
import { DossierCheckRequestDto } from './dossier-check-request.dto';
import { COMPOSE_MARGIN_MS, DossierCheckService } from './dossier-check.service';

const APPLICANT = '001085012345';
const request = {
  dossierId: 'HS-2026-000123',
  procedureCode: '1.001234',
  applicant: { personalId: APPLICANT, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' },
  maritalStatus: 'married',
  enterprise: { enterpriseCode: '0303456786' },
} as DossierCheckRequestDto;
const context: RequestContext = {
  correlationId: 'check-1',
  requester: 'dossier-core',
  officerId: 'CB-0001',
  procedureCode: '1.001234',
  dossierId: 'HS-2026-000123',
  deadline: Date.now() + 5000,
};

/** What each source the registered claims ask answers. */
const DATA: Partial<Record<SourceName, object>> = {
  population: { verified: true, fields: { fullName: 'MATCH', dateOfBirth: 'MATCH' } },
  'civil-status': { personalId: APPLICANT, maritalStatus: 'married' },
  'business-registry': {
    enterpriseCode: '0303456786',
    names: { vietnamese: 'Công ty TNHH Hoàng Long' },
    status: 'active',
    legalRepresentative: { personalId: APPLICANT },
  },
};

/** The audit trail's events, kept here; the broker refuses them when `refusing`. */
class RecordingTrail extends AuditTrail {
  readonly events: Array<{ event: AuditEvent; waited: boolean }> = [];
  refusing = false;

  constructor() {
    super({ AUDIT_SUBJECT_KEY: 'k'.repeat(64), AUDIT_TRAIL: 'off' } as GatewayConfig);
  }

  override async released(attempt: AccessAttempt, ending: AttemptEnding): Promise<boolean> {
    this.events.push({ event: attemptEvent(attempt, ending), waited: true });
    return !this.refusing;
  }

  override ended(attempt: AccessAttempt, ending: AttemptEnding): void {
    this.events.push({ event: attemptEvent(attempt, ending), waited: false });
  }
}

const attempt = () => newAttempt('http', { caller: 'dossier-core', requestId: 'check-1' });

/** Sources that answer after a delay each, or fail, recording every request. */
function sources(
  delays: Partial<Record<SourceName, number>>,
  answers: Partial<Record<SourceName, Reply<unknown>>> = {},
) {
  const requests: SourceRequest[] = [];
  /** How many requests were awaiting their answer at once, at most. */
  const concurrency = { now: 0, most: 0 };
  const requester = {
    request: async (sent: SourceRequest) => {
      requests.push(sent);
      concurrency.most = Math.max(concurrency.most, ++concurrency.now);
      await new Promise((resolve) => setTimeout(resolve, delays[sent.source] ?? 0));
      concurrency.now--;
      const meta = {
        source: sent.source,
        fetchedAt: new Date().toISOString(),
        cached: false,
        durationMs: 1,
      };
      return answers[sent.source] ?? okReply(DATA[sent.source], meta);
    },
  } as unknown as SourceRequester;
  const trail = new RecordingTrail();
  return { service: new DossierCheckService(requester, trail), requests, trail, concurrency };
}

const allowAll: SourcePermit = () => undefined;

describe('DossierCheckService', () => {
  it('asks every source the claims need at once, and waits for the slowest', async () => {
    const { service, requests, concurrency } = sources({
      population: 150,
      'civil-status': 100,
      'business-registry': 50,
    });
    const started = Date.now();
    const result = await service.check(request, context, allowAll, attempt());
    const elapsed = Date.now() - started;
    expect(result).toEqual({
      dossierId: 'HS-2026-000123',
      procedureCode: '1.001234',
      verdict: 'VERIFIED',
      checkedAt: expect.any(String),
      claims: {
        applicant: expect.objectContaining({ source: 'population', verdict: 'MATCH' }),
        maritalStatus: expect.objectContaining({ source: 'civil-status', verdict: 'MATCH' }),
        enterprise: expect.objectContaining({ source: 'business-registry', verdict: 'MATCH' }),
      },
    });
    expect(requests.map(({ source, operation }) => [source, operation])).toEqual([
      ['population', 'citizen.verify'],
      ['civil-status', 'marital-status.lookup'],
      ['business-registry', 'enterprise.lookup'],
    ]);
    // All three in flight together (a stopwatch's upper bound was flaky on a loaded machine).
    expect(concurrency.most).toBe(3);
    expect(elapsed).toBeGreaterThanOrEqual(145);
  });

  it('asks only the population database when nothing else is declared', async () => {
    const { service, requests } = sources({
      population: 0,
      'civil-status': 0,
      'business-registry': 0,
    });
    const result = await service.check(
      { ...request, maritalStatus: undefined, enterprise: undefined },
      context,
      allowAll,
      attempt(),
    );
    expect(requests.map(({ source }) => source)).toEqual(['population']);
    expect(Object.keys(result.claims)).toEqual(['applicant']);
  });

  it('gives each source request its own correlation id, tied to the check, and the deadline less a margin', async () => {
    const { service, requests } = sources({
      population: 0,
      'civil-status': 0,
      'business-registry': 0,
    });
    await service.check(request, context, allowAll, attempt());
    const ids = requests.map(({ context: sent }) => sent.correlationId);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^check-1\.[\da-f]{8}\.\d$/);
    for (const { context: sent, key } of requests) {
      expect(sent.deadline).toBe(context.deadline - COMPOSE_MARGIN_MS);
      expect(sent).toEqual(
        expect.objectContaining({ requester: 'dossier-core', officerId: 'CB-0001' }),
      );
      expect(key).toEqual(expect.any(String));
    }
  });

  it('leaves a failing source’s claim UNAVAILABLE and still answers the others: INCOMPLETE', async () => {
    const { service } = sources(
      { population: 0, 'civil-status': 0, 'business-registry': 0 },
      { 'civil-status': errorReply('SOURCE_UNAVAILABLE', 'The civil-status source is down') },
    );
    const result = await service.check(request, context, allowAll, attempt());
    expect(result.verdict).toBe('INCOMPLETE');
    expect(result.claims.maritalStatus).toEqual({
      source: 'civil-status',
      verdict: 'UNAVAILABLE',
      reason: 'The civil-status source is down',
      errorCode: 'SOURCE_UNAVAILABLE',
      fields: { maritalStatus: { verdict: 'UNAVAILABLE' } },
    });
    expect(result.claims.applicant.verdict).toBe('MATCH');
    expect(result.claims.enterprise?.verdict).toBe('MATCH');
  });

  it('takes an answer it cannot read as that claim UNAVAILABLE, not as a failed check', async () => {
    const meta = {
      source: 'business-registry' as const,
      fetchedAt: '2026-01-01T00:00:00Z',
      cached: false,
      durationMs: 1,
    };
    const { service } = sources(
      { population: 0, 'civil-status': 0, 'business-registry': 0 },
      { 'business-registry': okReply({ unexpected: true }, meta) },
    );
    const result = await service.check(request, context, allowAll, attempt());
    expect(result.claims.enterprise).toEqual(
      expect.objectContaining({ verdict: 'UNAVAILABLE', errorCode: 'UPSTREAM_INVALID_RESPONSE' }),
    );
    expect(result.verdict).toBe('INCOMPLETE');
  });
});

describe('DossierCheckService under a permit', () => {
  it('asks no source the permit refuses, and says why for each claim it could not check', async () => {
    const { service, requests } = sources({
      population: 0,
      'civil-status': 0,
      'business-registry': 0,
    });
    const permit: SourcePermit = (source) =>
      source === 'civil-status'
        ? { code: 'FORBIDDEN', message: 'Procedure 1.001612 does not use civil-status:x' }
        : undefined;
    const result = await service.check(request, context, permit, attempt());
    expect(requests.map(({ source }) => source)).toEqual(['population', 'business-registry']);
    expect(result.verdict).toBe('INCOMPLETE');
    expect(result.claims.maritalStatus).toEqual(
      expect.objectContaining({
        verdict: 'UNAVAILABLE',
        errorCode: 'FORBIDDEN',
        reason: 'Procedure 1.001612 does not use civil-status:x',
      }),
    );
    expect(result.claims.applicant.verdict).toBe('MATCH');
  });
});

describe('DossierCheckService in the audit trail', () => {
  const quick = { population: 0, 'civil-status': 0, 'business-registry': 0 };

  it('records one event per source, waited for when it released an answer', async () => {
    const permit: SourcePermit = (source) =>
      source === 'civil-status' ? { code: 'FORBIDDEN', message: 'not used' } : undefined;
    const { service, trail } = sources(quick, {
      'business-registry': errorReply('SOURCE_UNAVAILABLE', 'down'),
    });
    await service.check(request, context, permit, attempt());
    const summary = trail.events.map(({ event, waited }) => [
      event.source,
      event.operation,
      event.outcome,
      event.errorCode,
      waited,
    ]);
    expect(summary).toHaveLength(3);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['population', 'citizen.verify', 'answered', undefined, true],
        ['civil-status', 'marital-status.lookup', 'refused-authorisation', 'FORBIDDEN', false],
        ['business-registry', 'enterprise.lookup', 'failed-upstream', 'SOURCE_UNAVAILABLE', false],
      ]),
    );
    for (const { event } of trail.events) {
      expect(event).toEqual(
        expect.objectContaining({
          caller: 'dossier-core',
          officerId: 'CB-0001',
          procedureCode: '1.001234',
          dossierId: 'HS-2026-000123',
          subjectHash: expect.stringMatching(/^[\da-f]{64}$/),
        }),
      );
      expect(JSON.stringify(event)).not.toContain(APPLICANT);
    }
  });

  it('returns no verdicts when an answer’s event cannot be stored', async () => {
    const { service, trail } = sources(quick);
    trail.refusing = true;
    await expect(service.check(request, context, allowAll, attempt())).rejects.toMatchObject({
      code: 'AUDIT_UNAVAILABLE',
    });
  });
});

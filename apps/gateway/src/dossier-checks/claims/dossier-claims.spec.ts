import { Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiBody, ApiOkResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  AuditEvent,
  BirthRegistration,
  CivilStatusOperation,
  ClaimCheck,
  DossierCheckRequest,
  DossierCheckRequestOf,
  FieldCheck,
  IsPersonalId,
  okReply,
  PersonalIdQueryDto,
  RequestContext,
  validateContract,
} from '@interop/contracts';
import { AccessAttempt, AttemptEnding, attemptEvent, newAttempt } from '../../audit/access-attempt';
import { AuditTrail } from '../../audit/audit-trail.service';
import { GatewayConfig } from '../../config/gateway.config';
import { SourceRequest } from '../../source-requester/outbound-message';
import { SourceRequester } from '../../source-requester/source-requester.service';
import { DossierCheckClaimsModelOf } from '../dossier-check.response';
import { DossierCheckService } from '../dossier-check.service';
import { applicantClaim } from './applicant.claim';
import { ClaimChecker, ClaimsOf, partOf } from './claim-checker';
import { ClaimCheckModel, FieldCheckModel } from './claim-check.model';
import { DOSSIER_CLAIMS } from './dossier-claims';
import { answeredClaim, AskSource, unansweredClaim } from './source-answers';

// What a new claim's file would hold — here a child's birth, with the applicant as a parent —
// and proof that registering it is all it takes.

class ChildClaimDto {
  @ApiProperty({
    example: '001220012345',
    description: "The child's personal identification number",
  })
  @IsPersonalId()
  personalId: string;
}

type ChildField = 'parent';

class ChildFieldsModel implements Partial<Record<ChildField, FieldCheck>> {
  @ApiPropertyOptional({ type: FieldCheckModel })
  parent?: FieldCheck;
}

class ChildCheckModel extends ClaimCheckModel implements ClaimCheck<ChildField> {
  @ApiProperty({ type: ChildFieldsModel })
  fields: ChildFieldsModel;
}

async function checkChild(
  ask: AskSource,
  child: ChildClaimDto,
  parentPersonalId: string,
): Promise<ClaimCheck<ChildField>> {
  const query: PersonalIdQueryDto = { personalId: child.personalId };
  const reply = await ask<BirthRegistration>(
    'civil-status',
    CivilStatusOperation.BirthLookup,
    child.personalId,
    query,
  );
  if (!reply.ok) return unansweredClaim('civil-status', ['parent'], reply.error);
  const { father, mother } = reply.data;
  const isParent = [father, mother].some((parent) => parent?.personalId === parentPersonalId);
  return answeredClaim('civil-status', reply.meta.fetchedAt, {
    parent: isParent ? { verdict: 'MATCH' } : { verdict: 'MISMATCH', reason: 'not a parent' },
  });
}

const childClaim: ClaimChecker<'child', ChildClaimDto, ChildField, false> = {
  part: {
    name: 'child',
    required: false,
    type: ChildClaimDto,
    api: { description: "A child of the applicant's, checked against civil status" },
  },
  source: 'civil-status',
  operations: [CivilStatusOperation.BirthLookup],
  result: { model: ChildCheckModel, description: 'Against civil status' },
  check: (ask, child, request) =>
    checkChild(ask, child, partOf(applicantClaim, request).personalId),
};

const CHECKERS = [...DOSSIER_CLAIMS, childClaim] as const;
const CheckRequestDto = DossierCheckRequestOf(CHECKERS.map(({ part }) => part));
class ClaimsModel extends DossierCheckClaimsModelOf(CHECKERS) {}

const APPLICANT = '001085012345';
const CHILD = '001220012345';
const request = {
  dossierId: 'HS-2026-000123',
  procedureCode: '1.001234',
  applicant: { personalId: APPLICANT, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' },
  child: { personalId: CHILD },
};

function fieldsOf(plain: unknown): string[] {
  const result = validateContract(CheckRequestDto, plain);
  return result.ok ? [] : result.errors.map(({ field }) => field);
}

describe('a claim registered beside the others', () => {
  it('has its part validated in the request, as optional as it declares', () => {
    expect(fieldsOf(request)).toEqual([]);
    expect(fieldsOf({ ...request, child: undefined })).toEqual([]);
    expect(fieldsOf({ ...request, child: { personalId: '12' } })).toEqual(['child.personalId']);
    expect(fieldsOf({ ...request, child: { ...request.child, name: 'An' } })).toEqual([
      'child.name',
    ]);
    expect(fieldsOf({ ...request, child: 'An' })).toContain('child');
    expect(fieldsOf({})).toEqual(['dossierId', 'procedureCode', 'applicant']);
  });

  it('is documented in the request and the result', async () => {
    @Controller('checks')
    class ChecksController {
      @Post()
      @ApiBody({ type: CheckRequestDto })
      @ApiOkResponse({ type: ClaimsModel })
      check(): void {}
    }
    @Module({ controllers: [ChecksController] })
    class ChecksModule {}
    const app = await NestFactory.create(ChecksModule, { preview: true, logger: false });
    const { schemas } = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().build(),
    ).components!;
    await app.close();
    const body = schemas![CheckRequestDto.name] as {
      properties: Record<string, object>;
      required: string[];
    };
    expect(body.required).toEqual(['dossierId', 'procedureCode', 'applicant']);
    expect(body.properties.child).toEqual({
      description: "A child of the applicant's, checked against civil status",
      allOf: [{ $ref: '#/components/schemas/ChildClaimDto' }],
    });
    const claims = schemas!.ClaimsModel as { properties: Record<string, object> };
    // In the registered claims' order, the new one last; the shipped ones among them.
    expect(Object.keys(claims.properties)).toEqual(CHECKERS.map(({ part }) => part.name));
    expect(Object.keys(claims.properties)).toEqual(
      expect.arrayContaining(['applicant', 'maritalStatus', 'enterprise']),
    );
    expect(Object.keys(claims.properties).at(-1)).toBe('child');
    expect(claims.properties.child).toEqual({
      description: 'Against civil status',
      allOf: [{ $ref: '#/components/schemas/ChildCheckModel' }],
    });
  });
});

/** The audit trail's events, kept here. */
class RecordingTrail extends AuditTrail {
  readonly events: AuditEvent[] = [];

  constructor() {
    super({ AUDIT_SUBJECT_KEY: 'k'.repeat(64), AUDIT_TRAIL: 'off' } as GatewayConfig);
  }

  override async released(attempt: AccessAttempt, ending: AttemptEnding): Promise<boolean> {
    this.events.push(attemptEvent(attempt, ending));
    return true;
  }

  override ended(attempt: AccessAttempt, ending: AttemptEnding): void {
    this.events.push(attemptEvent(attempt, ending));
  }
}

const ANSWERS: Record<string, object> = {
  'citizen.verify': { verified: true, fields: { fullName: 'MATCH', dateOfBirth: 'MATCH' } },
  'birth.lookup': { child: { personalId: CHILD }, mother: { personalId: APPLICANT } },
};

function checking(checkers: readonly ClaimChecker[]) {
  const requests: SourceRequest[] = [];
  const requester = {
    request: async (sent: SourceRequest) => {
      requests.push(sent);
      const meta = { source: sent.source, fetchedAt: '2026-06-01T08:30:00.000Z', cached: false };
      return okReply(ANSWERS[sent.operation], { ...meta, durationMs: 1 });
    },
  } as unknown as SourceRequester;
  const trail = new RecordingTrail();
  return { service: new DossierCheckService(requester, trail, checkers), requests, trail };
}

const context: RequestContext = {
  correlationId: 'check-1',
  requester: 'dossier-core',
  officerId: 'CB-0001',
  procedureCode: '1.001234',
  dossierId: 'HS-2026-000123',
  deadline: Date.now() + 60_000,
};

describe('a dossier check with a claim registered beside the others', () => {
  const check = (service: DossierCheckService, body: DossierCheckRequest) =>
    service.check(
      body,
      context,
      () => undefined,
      newAttempt('http', { caller: 'dossier-core', requestId: 'check-1' }),
    );

  it('asks its source when its part is declared, and answers its claim with the others', async () => {
    const { service, requests, trail } = checking(CHECKERS);
    const result = await check(service, request);
    expect(requests.map(({ source, operation, key }) => [source, operation, key])).toEqual([
      ['population', 'citizen.verify', APPLICANT],
      ['civil-status', 'birth.lookup', CHILD],
    ]);
    const claims = result.claims as ClaimsOf<typeof CHECKERS>;
    expect(claims.child).toEqual({
      source: 'civil-status',
      verdict: 'MATCH',
      fetchedAt: '2026-06-01T08:30:00.000Z',
      fields: { parent: { verdict: 'MATCH' } },
    });
    expect(Object.keys(claims)).toEqual(['applicant', 'child']);
    expect(result.verdict).toBe('VERIFIED');
    expect(trail.events.map(({ operation }) => operation)).toEqual([
      'citizen.verify',
      'birth.lookup',
    ]);
  });

  it('does not ask for it when the part is left out', async () => {
    const { service, requests } = checking(CHECKERS);
    const result = await check(service, { ...request, child: undefined });
    expect(requests.map(({ operation }) => operation)).toEqual(['citizen.verify']);
    expect(Object.keys(result.claims)).toEqual(['applicant']);
  });

  it('lets a claim ask only what it declares: anything else leaves it UNAVAILABLE', async () => {
    const undeclared = { ...childClaim, operations: [CivilStatusOperation.MarriageLookup] };
    const { service, requests, trail } = checking([...DOSSIER_CLAIMS, undeclared]);
    const result = await check(service, request);
    expect(requests.map(({ operation }) => operation)).toEqual(['citizen.verify']);
    expect(trail.events).toHaveLength(1);
    expect((result.claims as ClaimsOf<typeof CHECKERS>).child).toEqual(
      expect.objectContaining({ verdict: 'UNAVAILABLE', errorCode: 'UPSTREAM_INVALID_RESPONSE' }),
    );
    expect(result.verdict).toBe('INCOMPLETE');
  });
});

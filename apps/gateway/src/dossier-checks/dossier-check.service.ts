import { Injectable, Logger } from '@nestjs/common';
import {
  ClaimCheck,
  DossierCheckClaims,
  DossierCheckRequestDto,
  DossierCheckResult,
  ErrorCode,
  errorReply,
  Reply,
  operationContract,
  RequestContext,
  SourceName,
} from '@interop/contracts';
import { SourcePermit } from '../access/source-permits.service';
import { AccessAttempt, AttemptEnding, sourceAttempt } from '../audit/access-attempt';
import { AuditTrail } from '../audit/audit-trail.service';
import { ApiError } from '../http/api-error';
import { AUDIT_UNAVAILABLE_REPLY, releases } from '../http/source-forwarder.service';
import { SourceRequester } from '../source-requester/source-requester.service';
import { checkApplicant } from './claims/applicant.claim';
import { checkEnterprise } from './claims/enterprise.claim';
import { checkMaritalStatus } from './claims/marital-status.claim';
import { AskSource, unansweredClaim } from './claims/source-answers';
import { overallVerdict } from './comparison/verdicts';
import { sourceCorrelationIds } from './source-correlation-ids';

/** A source a check asked (or was refused), and what its audit event will say. */
interface SourceAsk {
  attempt: AccessAttempt;
  reply: Reply<unknown>;
  ending: AttemptEnding;
}

/** Time kept back from the sources' deadline to compose the document and send it in time. */
export const COMPOSE_MARGIN_MS = 50;

/**
 * Checks a dossier's claims against every source they need, in parallel, each bounded by the
 * check's deadline: a source that fails, or that the permit does not let the check ask (its
 * procedure does not use it, the caller is not granted it or is out of quota), leaves its own
 * claims UNAVAILABLE, saying why, and no other. Each source asked, or not asked for want of a
 * permit, is one audit event of the check's attempt; the verdicts are returned only once the
 * events of the answers they rest on are stored.
 */
@Injectable()
export class DossierCheckService {
  private readonly logger = new Logger(DossierCheckService.name);

  constructor(
    private readonly requester: SourceRequester,
    private readonly trail: AuditTrail,
  ) {}

  async check(
    request: DossierCheckRequestDto,
    context: RequestContext,
    permit: SourcePermit,
    attempt: AccessAttempt,
  ): Promise<DossierCheckResult> {
    const asked: SourceAsk[] = [];
    const ask = this.askerFor(context, permit, attempt, asked);
    const { applicant, maritalStatus, enterprise } = request;
    const [applicantCheck, maritalStatusCheck, enterpriseCheck] = await Promise.all([
      this.guarded('population', () => checkApplicant(ask, applicant)),
      maritalStatus &&
        this.guarded('civil-status', () =>
          checkMaritalStatus(ask, applicant.personalId, maritalStatus),
        ),
      enterprise &&
        this.guarded('business-registry', () =>
          checkEnterprise(ask, enterprise, applicant.personalId),
        ),
    ]);
    const claims: DossierCheckClaims = {
      applicant: applicantCheck,
      ...(maritalStatusCheck && { maritalStatus: maritalStatusCheck }),
      ...(enterpriseCheck && { enterprise: enterpriseCheck }),
    };
    const verdicts = [applicantCheck, maritalStatusCheck, enterpriseCheck].flatMap((claim) =>
      claim ? [claim.verdict] : [],
    );
    await this.record(attempt, asked);
    return {
      dossierId: request.dossierId,
      procedureCode: request.procedureCode,
      verdict: overallVerdict(verdicts),
      checkedAt: new Date().toISOString(),
      claims,
    };
  }

  private askerFor(
    context: RequestContext,
    permit: SourcePermit,
    attempt: AccessAttempt,
    asked: SourceAsk[],
  ): AskSource {
    const nextId = sourceCorrelationIds(context.correlationId);
    const deadline = context.deadline - COMPOSE_MARGIN_MS;
    return async <T>(source: SourceName, operation: string, key: string, payload: object) => {
      const keyField = operationContract(source, operation)?.keyField ?? '';
      const startedAt = Date.now();
      const of = (sourceAsked: boolean, reply: Reply<T>) => {
        const subject = this.trail.subjectOf(keyField, key);
        asked.push({
          attempt: sourceAttempt(attempt, context, { source, operation, subject, startedAt }),
          reply,
          ending: {
            sourceAsked,
            errorCode: reply.ok ? undefined : reply.error.code,
            data: reply.ok ? reply.data : undefined,
          },
        });
        return reply;
      };
      const refusal = permit(source, operation);
      if (refusal) return of(false, errorReply(refusal.code, refusal.message));
      const reply = (await this.requester.request<T>({
        source,
        operation,
        key,
        payload,
        context: { ...context, correlationId: nextId(), deadline },
      })) as Reply<T>;
      return of(true, reply);
    };
  }

  /**
   * One event per source the check asked or was refused: those whose answers the verdicts
   * release are waited for, and without them nothing is returned.
   */
  private async record(attempt: AccessAttempt, asked: SourceAsk[]): Promise<void> {
    attempt.recorded = true;
    const stored = await Promise.all(
      asked.map(({ attempt: sourceAttempt, reply, ending }) => {
        if (releases(reply)) return this.trail.released(sourceAttempt, ending);
        this.trail.ended(sourceAttempt, ending);
        return true;
      }),
    );
    if (stored.includes(false)) throw ApiError.fromReply(AUDIT_UNAVAILABLE_REPLY.error);
  }

  /** An answer the checks cannot read is a bug or a broken adapter: that claim only is lost. */
  private async guarded<Field extends string>(
    source: SourceName,
    check: () => Promise<ClaimCheck<Field>>,
  ): Promise<ClaimCheck<Field>> {
    try {
      return await check();
    } catch (error) {
      this.logger.error(
        'a claim check failed',
        error instanceof Error ? error.stack : String(error),
      );
      return unansweredClaim<Field>(source, [], {
        code: ErrorCode.UpstreamInvalidResponse,
        message: `The answer of the ${source} source could not be read`,
      });
    }
  }
}

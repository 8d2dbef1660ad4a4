import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import {
  ClaimCheck,
  DossierCheckRequest,
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
import { ClaimChecker } from './claims/claim-checker';
import { DOSSIER_CLAIMS, DossierCheckClaims } from './claims/dossier-claims';
import { AskSource, unansweredClaim } from './claims/source-answers';
import { overallVerdict } from './comparison/verdicts';
import { sourceCorrelationIds } from './source-correlation-ids';

/** A source a check asked (or was refused), and what its audit event will say. */
interface SourceAsk {
  attempt: AccessAttempt;
  reply: Reply<unknown>;
  ending: AttemptEnding;
}

/** The claims a check knows; the registered ones unless a test provides others. */
export const CLAIM_CHECKERS = Symbol('CLAIM_CHECKERS');

/** Time kept back from the sources' deadline to compose the document and send it in time. */
export const COMPOSE_MARGIN_MS = 50;

/**
 * Checks each claim a dossier declares by its checker against its source, in parallel, each
 * bounded by the check's deadline: a source that fails, or that the permit does not let the
 * check ask (its procedure does not use it, the caller is not granted it or is out of quota),
 * leaves its own claim UNAVAILABLE, saying why, and no other. Each source asked, or not asked
 * for want of a permit, is one audit event of the check's attempt; the verdicts are returned
 * only once the events of the answers they rest on are stored.
 */
@Injectable()
export class DossierCheckService {
  private readonly logger = new Logger(DossierCheckService.name);

  constructor(
    private readonly requester: SourceRequester,
    private readonly trail: AuditTrail,
    @Optional()
    @Inject(CLAIM_CHECKERS)
    private readonly checkers: readonly ClaimChecker[] = DOSSIER_CLAIMS,
  ) {}

  async check(
    request: DossierCheckRequest,
    context: RequestContext,
    permit: SourcePermit,
    attempt: AccessAttempt,
  ): Promise<DossierCheckResult<DossierCheckClaims>> {
    const asked: SourceAsk[] = [];
    const ask = this.askerFor(context, permit, attempt, asked);
    const declared = this.checkers.filter(({ part }) => request[part.name] !== undefined);
    const checks = await Promise.all(
      declared.map((checker) =>
        this.guarded(checker, () =>
          checker.check(declaredAsks(checker, ask), request[checker.part.name], request),
        ),
      ),
    );
    // Keyed by the registered checkers' part names: the claims they type.
    const claims = Object.fromEntries(
      declared.map(({ part }, index) => [part.name, checks[index]]),
    ) as DossierCheckClaims;
    await this.record(attempt, asked);
    return {
      dossierId: request.dossierId,
      procedureCode: request.procedureCode,
      verdict: overallVerdict(checks.map(({ verdict }) => verdict)),
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
  private async guarded(
    checker: ClaimChecker,
    check: () => Promise<ClaimCheck<string>>,
  ): Promise<ClaimCheck<string>> {
    try {
      return await check();
    } catch (error) {
      this.logger.error(
        'a claim check failed',
        error instanceof Error ? error.stack : String(error),
      );
      return unansweredClaim(checker.source, [], {
        code: ErrorCode.UpstreamInvalidResponse,
        message: `The answer of the ${checker.source} source could not be read`,
      });
    }
  }
}

/** A checker asks only the source and operations it declares; anything else is a bug. */
function declaredAsks(checker: ClaimChecker, ask: AskSource): AskSource {
  return async <T>(source: SourceName, operation: string, key: string, payload: object) => {
    if (source !== checker.source || !checker.operations.includes(operation)) {
      throw new Error(
        `the ${checker.part.name} claim asked ${source} ${operation}, which it does not declare`,
      );
    }
    return ask<T>(source, operation, key, payload);
  };
}

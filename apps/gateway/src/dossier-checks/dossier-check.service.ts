import { Injectable, Logger } from '@nestjs/common';
import {
  ClaimCheck,
  DossierCheckClaims,
  DossierCheckRequestDto,
  DossierCheckResult,
  ErrorCode,
  errorReply,
  Reply,
  RequestContext,
  SourceName,
} from '@interop/contracts';
import { SourcePermit } from '../access/source-permits.service';
import { SourceRequester } from '../source-requester/source-requester.service';
import { checkApplicant } from './claims/applicant.claim';
import { checkEnterprise } from './claims/enterprise.claim';
import { checkMaritalStatus } from './claims/marital-status.claim';
import { AskSource, unansweredClaim } from './claims/source-answers';
import { overallVerdict } from './comparison/verdicts';
import { sourceCorrelationIds } from './source-correlation-ids';

/** Time kept back from the sources' deadline to compose the document and send it in time. */
export const COMPOSE_MARGIN_MS = 50;

/**
 * Checks a dossier's claims against every source they need, in parallel, each bounded by the
 * check's deadline: a source that fails, or that the permit does not let the check ask (its
 * procedure does not use it, the caller is not granted it or is out of quota), leaves its own
 * claims UNAVAILABLE, saying why, and no other.
 */
@Injectable()
export class DossierCheckService {
  private readonly logger = new Logger(DossierCheckService.name);

  constructor(private readonly requester: SourceRequester) {}

  async check(
    request: DossierCheckRequestDto,
    context: RequestContext,
    permit: SourcePermit,
  ): Promise<DossierCheckResult> {
    const ask = this.askerFor(context, permit);
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
    return {
      dossierId: request.dossierId,
      procedureCode: request.procedureCode,
      verdict: overallVerdict(verdicts),
      checkedAt: new Date().toISOString(),
      claims,
    };
  }

  private askerFor(context: RequestContext, permit: SourcePermit): AskSource {
    const nextId = sourceCorrelationIds(context.correlationId);
    const deadline = context.deadline - COMPOSE_MARGIN_MS;
    return async <T>(source: SourceName, operation: string, key: string, payload: object) => {
      const refusal = permit(source, operation);
      if (refusal) return errorReply(refusal.code, refusal.message);
      return (await this.requester.request<T>({
        source,
        operation,
        key,
        payload,
        context: { ...context, correlationId: nextId(), deadline },
      })) as Reply<T>;
    };
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

import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, KafkaHeader } from '@interop/contracts';
import { DOSSIER_CHECK_OPERATION, DOSSIER_CHECKS } from '../access/operation-ref';
import { SourcePermits } from '../access/source-permits.service';
import { ApiCallerSecurity } from '../auth/api-caller-security.decorator';
import { Granted, GrantedAccess } from '../auth/granted-access';
import { GrantedOperation } from '../auth/route-access.decorators';
import { ApiError } from '../http/api-error';
import { ApiErrorResponses } from '../http/error-response.model';
import { ApiPurposeHeaders } from '../request-context/api-purpose-headers.decorator';
import { Inbound } from '../request-context/inbound-context.decorator';
import { InboundContext } from '../request-context/inbound-context';
import { PurposeRequestOf, ValidPurposeRequest } from '../request-context/purpose-request';
import { toRequestContext } from '../request-context/request-context';
import { DOSSIER_CLAIM_SOURCES } from './claims/dossier-claims';
import { DossierCheckRequestDto } from './dossier-check-request.dto';
import { DossierCheckResponse, DossierCheckResponseModel } from './dossier-check.response';
import { DossierCheckService } from './dossier-check.service';
import { purposeConflicts } from './purpose-agreement';

class DossierCheckWithPurpose extends PurposeRequestOf(DossierCheckRequestDto) {}

/** `a`, `a and b`, `a, b and c`. */
function inWords(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A dossier's claims checked against every source they need, in one call. */
@ApiTags('dossier-checks')
@ApiCallerSecurity()
@ApiPurposeHeaders()
@ApiErrorResponses()
@Controller('v1/dossier-checks')
export class DossierChecksController {
  constructor(
    private readonly checks: DossierCheckService,
    private readonly permits: SourcePermits,
  ) {}

  @Post()
  @GrantedOperation(DOSSIER_CHECKS, DOSSIER_CHECK_OPERATION)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: `Checks a dossier's claims against the ${inWords(DOSSIER_CLAIM_SOURCES)} sources`,
    description:
      'Asks, in parallel, each source the declared claims need and answers verdicts per claim ' +
      'and field (MATCH, MISMATCH, NOT_FOUND, UNAVAILABLE), never the records behind them. A ' +
      'source that fails makes its own claims UNAVAILABLE: the answer is still 200, INCOMPLETE. ' +
      'Names are compared after Unicode (NFC), case and whitespace normalisation, diacritics ' +
      'significant; a year-only date of birth as a year; addresses on province and commune codes. ' +
      'Only the sources the procedure uses and the caller is granted are asked: a claim whose ' +
      'source is not is UNAVAILABLE, with errorCode FORBIDDEN and the reason.',
  })
  @ApiBody({ type: DossierCheckRequestDto })
  @ApiOkResponse({
    type: DossierCheckResponseModel,
    description: 'The verdicts, with their sources',
  })
  async check(
    @ValidPurposeRequest() { headers, body }: DossierCheckWithPurpose,
    @Inbound() inbound: InboundContext,
    @Granted() { caller, attempt }: GrantedAccess,
  ): Promise<DossierCheckResponse> {
    const conflicts = purposeConflicts(body, {
      procedureCode: headers[KafkaHeader.ProcedureCode],
      dossierId: headers[KafkaHeader.DossierId],
    });
    if (conflicts.length > 0) {
      throw new ApiError(
        ErrorCode.ValidationFailed,
        'The request is invalid; details name each rejected field',
        conflicts,
      );
    }
    const context = {
      ...toRequestContext(headers, inbound, caller.policy.id),
      dossierId: body.dossierId,
    };
    const permit = this.permits.forCaller(caller.policy, body.procedureCode);
    if (!attempt) throw new Error('a dossier check without its attempt: is the route declared?');
    const data = await this.checks.check(body, context, permit, attempt);
    return {
      data,
      meta: { requestId: inbound.requestId, durationMs: Date.now() - inbound.receivedAt },
    };
  }
}

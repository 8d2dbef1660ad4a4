import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@interop/contracts';
import { ApiCallerSecurity } from '../auth/api-caller-security.decorator';
import { Granted, GrantedAccess } from '../auth/granted-access';
import { AuditQuery } from '../auth/route-access.decorators';
import { ApiError } from '../http/api-error';
import { ApiErrorResponses } from '../http/error-response.model';
import { AuditLogClient } from './audit-log.client';
import { AuditEventsQueryDto, AuditPageQueryDto, AuditSubjectParamsDto } from './audit-query.dto';
import { AuditTrail } from './audit-trail.service';

export const AUDIT_EVENTS_OPERATION = 'audit.events';
export const AUDIT_SUBJECT_ACCESSES_OPERATION = 'audit.subject-accesses';

/**
 * The audit trail, for the auditor role: the events, filtered, and a data subject's report. Each
 * query is itself an audit event, written before its answer is returned.
 */
@ApiTags('audit')
@ApiCallerSecurity()
@ApiErrorResponses()
@Controller('v1/audit')
export class AuditQueryController {
  constructor(
    private readonly auditLog: AuditLogClient,
    private readonly trail: AuditTrail,
  ) {}

  @Get('events')
  @AuditQuery(AUDIT_EVENTS_OPERATION)
  @ApiOperation({
    summary: 'Audit events, newest first, filtered by subject, caller, officer, procedure, ...',
    description:
      'The subject is given by its identification number or enterprise code, which the gateway ' +
      'hashes with its subject key; the answer holds the hash, never the number. Auditor role.',
  })
  @ApiOkResponse({ description: '{ events: AuditEvent[] with seq, nextCursor? }' })
  async events(
    @Query() query: AuditEventsQueryDto,
    @Granted() access: GrantedAccess,
  ): Promise<unknown> {
    const { personalId, enterpriseCode, ...filters } = query;
    if (personalId !== undefined && enterpriseCode !== undefined) {
      throw new ApiError(
        ErrorCode.ValidationFailed,
        'Give personalId or enterpriseCode, not both',
        [{ field: 'enterpriseCode', message: 'personalId is given already' }],
      );
    }
    const subject =
      personalId !== undefined
        ? this.trail.subjectOf('personalId', personalId)
        : this.trail.subjectOf('enterpriseCode', enterpriseCode);
    return this.answer(access, subject, () =>
      this.auditLog.get('events', { ...filters, subjectHash: subject?.hash }),
    );
  }

  @Get('subjects/:personalId/accesses')
  @AuditQuery(AUDIT_SUBJECT_ACCESSES_OPERATION)
  @ApiOperation({
    summary: "A data subject's report: who accessed this citizen's data, when, why, from where",
    description:
      'Every answered access to the citizen’s data: the agency (caller), officer, procedure, ' +
      'dossier, source and operation, and the names of the fields returned. Auditor role.',
  })
  @ApiOkResponse({ description: '{ subjectHash, accesses: [...], nextCursor? }' })
  async accesses(
    @Param() { personalId }: AuditSubjectParamsDto,
    @Query() paging: AuditPageQueryDto,
    @Granted() access: GrantedAccess,
  ): Promise<unknown> {
    const subject = this.trail.subjectOf('personalId', personalId)!;
    return this.answer(access, subject, () =>
      this.auditLog.get(`subjects/${subject.hash}/accesses`, { ...paging }),
    );
  }

  /** What the audit log answers, once the query's own event is stored. */
  private async answer(
    access: GrantedAccess,
    subject: ReturnType<AuditTrail['subjectOf']>,
    query: () => Promise<unknown>,
  ): Promise<unknown> {
    const attempt = access.attempt;
    if (!attempt) throw new Error('an audit query without its attempt: is the route declared?');
    attempt.subject = subject;
    const answer = await query();
    if (!(await this.trail.released(attempt, { sourceAsked: false, data: answer }))) {
      throw new ApiError(
        ErrorCode.AuditUnavailable,
        'The query could not be recorded in the audit trail, so nothing is returned',
      );
    }
    return answer;
  }
}

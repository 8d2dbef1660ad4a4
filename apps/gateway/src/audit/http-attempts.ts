import { Injectable } from '@nestjs/common';
import { AuditChannel, auditText, AuditKind, KafkaHeader } from '@interop/contracts';
import type { Request, Response } from 'express';
import { isGrantTarget } from '../access/operation-ref';
import { RouteAccess } from '../auth/route-access.decorators';
import { inboundContextOf } from '../request-context/inbound-context';
import { AccessAttempt, newAttempt } from './access-attempt';
import { auditedOperation, subjectOfPayload } from './attempt-target';
import { AuditTrail } from './audit-trail.service';

const attempts = new WeakMap<object, AccessAttempt>();

/** The attempt an HTTP request is, when its route is audited. */
export function attemptOf(request: object): AccessAttempt | undefined {
  return attempts.get(request);
}

/**
 * Opens the attempt of every request to an audited route — a source's or the dossier checks'
 * (a grant), the audit log's (the auditor's role) or an administrative action (the ops role) —
 * before anything is decided, and records it when the response is sent unless what answered it
 * recorded it first: a refusal at authentication, authorisation or validation is recorded
 * exactly as an answer is.
 */
@Injectable()
export class HttpAttempts {
  constructor(private readonly trail: AuditTrail) {}

  begin(
    required: RouteAccess | undefined,
    request: Request,
    response: Response,
  ): AccessAttempt | undefined {
    const audited = auditedRoute(required);
    if (!audited) return undefined;
    const inbound = inboundContextOf(request);
    const header = (name: string) => auditText(request.headers[name]);
    const attempt = newAttempt(AuditChannel.Http, {
      kind: audited.kind,
      startedAt: inbound.receivedAt,
      source: audited.source,
      operation: audited.operation,
      officerId: header(KafkaHeader.OfficerId),
      procedureCode: header(KafkaHeader.ProcedureCode),
      dossierId: header(KafkaHeader.DossierId),
      requestId: inbound.requestId,
      traceparent: inbound.traceparent,
    });
    if (required?.kind === 'operation') {
      attempt.subject = subjectOfPayload(
        required.target,
        required.operation,
        request.body,
        (field, key) => this.trail.subjectOf(field, key),
      );
    }
    attempts.set(request, attempt);
    response.once('finish', () =>
      this.trail.ended(attempt, { errorCode: attempt.failure, sourceAsked: false }),
    );
    return attempt;
  }
}

function auditedRoute(
  required: RouteAccess | undefined,
): Pick<AccessAttempt, 'kind' | 'source' | 'operation'> | undefined {
  if (required?.kind === 'operation' && isGrantTarget(required.target)) {
    return { kind: AuditKind.Access, ...auditedOperation(required.target, required.operation) };
  }
  if (required?.kind === 'role' && required.auditQuery) {
    return { kind: AuditKind.AuditQuery, operation: required.auditQuery };
  }
  if (required?.kind === 'role' && required.adminAction) {
    return { kind: AuditKind.Admin, operation: required.adminAction };
  }
  return undefined;
}

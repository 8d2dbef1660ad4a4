import { Injectable, Logger } from '@nestjs/common';
import {
  ErrorCode,
  errorReply,
  operationContract,
  Reply,
  RequestContext,
  SourceName,
} from '@interop/contracts';
import { Grant } from '../access/access-policy';
import { AccessAttempt } from '../audit/access-attempt';
import { AuditTrail } from '../audit/audit-trail.service';
import { GrantedAccess } from '../auth/granted-access';
import { narrowFields } from '../narrowing/field-narrowing';
import { ConnectorMaintenance } from '../ops/maintenance/connector-maintenance.service';
import { InboundContext } from '../request-context/inbound-context';
import { PurposeRequest } from '../request-context/purpose-request';
import { toRequestContext } from '../request-context/request-context';
import { SourceRequester } from '../source-requester/source-requester.service';
import { SourceResponse, toSourceResponse } from './source-response';

/** A source request someone has been granted, whatever it arrived by. */
export interface GrantedSourceRequest {
  source: SourceName;
  operation: string;
  /** The subject's identifier: the request topic is keyed by it. */
  key: string;
  payload: object;
  /** The requester in it is the authenticated caller. */
  context: RequestContext;
  grant: Grant;
  /** The attempt it is: its audit event is written before any data is returned. */
  attempt: AccessAttempt;
}

export interface Forwarding<Body> {
  source: SourceName;
  operation: string;
  request: PurposeRequest<Body>;
  inbound: InboundContext;
  access: GrantedAccess;
  key: string;
}

/** Answered in place of data whose audit event could not be written. */
export const AUDIT_UNAVAILABLE_REPLY = errorReply(
  ErrorCode.AuditUnavailable,
  'The request could not be recorded in the audit trail, so nothing is returned; retry later',
);

/** Whether a reply releases anything of the subject: data, or that there is no such record. */
export function releases(reply: Reply<unknown>): boolean {
  return reply.ok || reply.error.code === ErrorCode.NotFound;
}

/**
 * What every source request of a caller comes to, over HTTP or the Kafka intake: ask the source
 * over Kafka — unless its connector is in maintenance — record the attempt in the audit trail,
 * and answer the source's data, narrowed to the fields the caller's grant names, or its error.
 * Nothing is released whose event the broker has not acknowledged.
 */
@Injectable()
export class SourceForwarder {
  private readonly logger = new Logger(SourceForwarder.name);

  constructor(
    private readonly requester: SourceRequester,
    private readonly trail: AuditTrail,
    private readonly maintenance: ConnectorMaintenance,
  ) {}

  async ask<T>(request: GrantedSourceRequest): Promise<Reply<T>> {
    const { source, operation, key, payload, context, grant, attempt } = request;
    const keyField = operationContract(source, operation)?.keyField ?? '';
    Object.assign(attempt, {
      caller: context.requester,
      officerId: context.officerId,
      procedureCode: context.procedureCode,
      dossierId: context.dossierId,
      source,
      operation,
      subject: this.trail.subjectOf(keyField, key),
    });
    const refusal = this.maintenance.refusal(source);
    if (refusal) {
      this.trail.ended(attempt, { sourceAsked: false, errorCode: refusal.code });
      return { ok: false, error: refusal };
    }
    const reply = this.narrowed(
      await this.requester.request<T>({ source, operation, key, payload, context }),
      grant,
    );
    this.logInternal(reply, source, operation);
    const ending = {
      sourceAsked: true,
      errorCode: reply.ok ? undefined : reply.error.code,
      data: reply.ok ? reply.data : undefined,
    };
    if (!releases(reply)) {
      this.trail.ended(attempt, ending);
      return reply;
    }
    return (await this.trail.released(attempt, ending)) ? reply : AUDIT_UNAVAILABLE_REPLY;
  }

  private narrowed<T>(reply: Reply<T>, grant: Grant): Reply<T> {
    if (!reply.ok || !grant.fields) return reply;
    const { data, narrowed } = narrowFields(reply.data, grant.fields);
    return { ...reply, data, meta: { ...reply.meta, ...(narrowed && { narrowed }) } };
  }

  async forward<T, Body extends object>(forwarding: Forwarding<Body>): Promise<SourceResponse<T>> {
    const { source, operation, request, inbound, access, key } = forwarding;
    // The access guard grants every source route before its handler runs; without a grant here
    // a route was wired wrongly, and nothing may be sent.
    if (!access.grant || !access.attempt)
      throw new Error(`no grant for ${source}:${operation}: is the route declared?`);
    const reply = await this.ask<T>({
      source,
      operation,
      key,
      payload: request.body,
      context: toRequestContext(request.headers, inbound, access.caller.policy.id),
      grant: access.grant,
      attempt: access.attempt,
    });
    return toSourceResponse(reply, inbound.requestId);
  }

  /** An INTERNAL from an adapter is a bug somewhere: it is never only the caller's to see. */
  private logInternal(reply: Reply<unknown>, source: SourceName, operation: string): void {
    if (!reply.ok && reply.error.code === ErrorCode.Internal) {
      this.logger.error('the source answered INTERNAL', {
        source,
        operation,
        message: reply.error.message,
      });
    }
  }
}

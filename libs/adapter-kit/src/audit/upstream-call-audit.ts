import { Logger, LoggerService } from '@nestjs/common';
import {
  auditSubject,
  AuditEvent,
  AuditKind,
  fieldNamesOf,
  newAuditEvent,
  operationContract,
  outcomeOf,
  SourceName,
  traceIdOf,
} from '@interop/contracts';
import {
  AuditPublisher,
  auditPublisherFor,
  AuditTrailConfig,
  logUnrecorded,
} from '@interop/platform';
import { Outcome } from '../source-adapter/outcome';
import { CallContext } from '../source-adapter/source-adapter';

/** One request an adapter took to its upstream, as its audit event tells it. */
export interface UpstreamCall {
  context: CallContext;
  /** The validated payload: its key field gives the subject, hashed. */
  payload: object;
  outcome: Outcome<unknown>;
  startedAt: number;
}

/**
 * The event of one upstream call: who asked (the gateway's caller, officer, procedure, dossier),
 * what of which source, how it ended and in how long, the names of the fields read, and the
 * subject as a keyed hash. Retries within the call are one call.
 */
export function upstreamCallEvent(
  source: SourceName,
  call: UpstreamCall,
  subjectKey: string,
): AuditEvent {
  const { context, payload, outcome } = call;
  const keyField = operationContract(source, context.operation)?.keyField;
  const subject =
    keyField === undefined
      ? undefined
      : auditSubject(keyField, (payload as Record<string, unknown>)[keyField], subjectKey);
  return newAuditEvent({
    kind: AuditKind.UpstreamCall,
    app: `${source}-adapter`,
    caller: context.requester,
    officerId: context.officerId,
    procedureCode: context.procedureCode,
    dossierId: context.dossierId,
    source,
    operation: context.operation,
    outcome: outcomeOf(outcome.ok ? undefined : outcome.code, true),
    errorCode: outcome.ok ? undefined : outcome.code,
    durationMs: Math.max(0, Math.round(Date.now() - call.startedAt)),
    requestId: context.correlationId.slice(0, 128),
    traceId: traceIdOf(context.traceparent),
    fieldsReturned: outcome.ok ? fieldNamesOf(outcome.value) : [],
    subjectHash: subject?.hash,
    subjectKind: subject?.kind,
  });
}

/**
 * An adapter's side of the audit trail: every call it makes to its upstream for a request
 * becomes one event on `interop.audit`, written without delaying the reply. What the caller may
 * see is the gateway's to hold back (it records, and fails closed, before releasing); the
 * adapter's event is the database's side of the same access, so that an access made around the
 * gateway, or one the gateway failed to record, still shows.
 */
export class UpstreamCallAudit {
  private readonly publisher?: AuditPublisher;
  private readonly subjectKey: string;

  constructor(
    private readonly source: SourceName,
    config: AuditTrailConfig,
    private readonly logger: LoggerService = new Logger('audit-trail'),
  ) {
    this.subjectKey = config.AUDIT_SUBJECT_KEY;
    this.publisher = auditPublisherFor(config, `${source}-adapter`, logger);
  }

  async start(): Promise<void> {
    if (!this.publisher) {
      this.logger.warn('AUDIT_TRAIL=off: upstream calls are NOT recorded (benchmarks only)');
      return;
    }
    await this.publisher.connect();
  }

  async stop(): Promise<void> {
    await this.publisher?.disconnect();
  }

  /** Records the call without waiting; a lost event is logged, by id, with its cause. */
  recordLater(call: UpstreamCall): void {
    if (!this.publisher) return;
    const event = upstreamCallEvent(this.source, call, this.subjectKey);
    void this.publisher.record(event).then((result) => logUnrecorded(this.logger, event, result));
  }
}

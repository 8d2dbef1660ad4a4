import {
  AuditChannel,
  AuditEvent,
  AuditKind,
  AuditSubject,
  ErrorCode,
  fieldNamesOf,
  newAuditEvent,
  outcomeOf,
  RequestContext,
  SourceName,
  traceIdOf,
} from '@interop/contracts';

/**
 * One attempt at the gateway, as its audit event will tell it, filled in as the request goes:
 * the caller once authenticated, the subject once the request is read. `recorded` is set once its
 * event (or the events of the sources it asked) is on its way, so that it is never recorded twice.
 */
export interface AccessAttempt {
  kind: typeof AuditKind.Access | typeof AuditKind.AuditQuery | typeof AuditKind.Admin;
  channel: AuditChannel;
  /** The authenticated caller; before authentication, `anonymous`. */
  caller: string;
  startedAt: number;
  source?: SourceName;
  /** `citizen.lookup`, `dossier-checks.check`, `audit.events`, `maintenance.start`. */
  operation?: string;
  officerId?: string;
  procedureCode?: string;
  dossierId?: string;
  requestId?: string;
  traceparent?: string;
  subject?: AuditSubject;
  /** The error its caller is answered, once known: for the event of a refusal. */
  failure?: ErrorCode;
  recorded: boolean;
}

export const ANONYMOUS = 'anonymous';

export function newAttempt(
  channel: AuditChannel,
  parts: Partial<Omit<AccessAttempt, 'channel' | 'recorded'>> = {},
): AccessAttempt {
  return {
    kind: AuditKind.Access,
    caller: ANONYMOUS,
    startedAt: Date.now(),
    ...parts,
    channel,
    recorded: false,
  };
}

/** The attempt of a source request within `attempt`: its context says who asks, and why. */
export function sourceAttempt(
  attempt: AccessAttempt,
  context: RequestContext,
  ask: { source: SourceName; operation: string; subject?: AuditSubject; startedAt: number },
): AccessAttempt {
  return {
    ...attempt,
    caller: context.requester,
    officerId: context.officerId,
    procedureCode: context.procedureCode,
    dossierId: context.dossierId ?? attempt.dossierId,
    ...ask,
  };
}

export interface AttemptEnding {
  errorCode?: ErrorCode;
  /** Whether a source was asked: its refusals are its failures, not the caller's. */
  sourceAsked: boolean;
  /** What was returned: only the names of its fields are kept. */
  data?: unknown;
}

/** The audit event of an attempt, however it ended. */
export function attemptEvent(attempt: AccessAttempt, ending: AttemptEnding): AuditEvent {
  return newAuditEvent({
    kind: attempt.kind,
    app: 'gateway',
    caller: attempt.caller,
    officerId: attempt.officerId,
    procedureCode: attempt.procedureCode,
    dossierId: attempt.dossierId,
    source: attempt.source,
    operation: attempt.operation,
    outcome: outcomeOf(ending.errorCode, ending.sourceAsked),
    errorCode: ending.errorCode,
    durationMs: Math.max(0, Math.round(Date.now() - attempt.startedAt)),
    requestId: attempt.requestId?.slice(0, 128),
    traceId: traceIdOf(attempt.traceparent),
    fieldsReturned: ending.data === undefined ? [] : fieldNamesOf(ending.data),
    subjectHash: attempt.subject?.hash,
    subjectKind: attempt.subject?.kind,
    channel: attempt.channel,
  });
}

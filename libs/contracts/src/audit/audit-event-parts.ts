import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../errors/error-code';
import { AuditEvent } from './audit-event';
import { AuditOutcome, SubjectKind } from './audit-vocabulary';
import { subjectHash } from './subject-hash';

/** Whom a request is about, as the audit trail may hold it: a keyed hash, never the number. */
export interface AuditSubject {
  hash: string;
  kind: SubjectKind;
}

const SUBJECT_KIND_OF_FIELD: Readonly<Record<string, SubjectKind>> = {
  personalId: SubjectKind.PersonalId,
  enterpriseCode: SubjectKind.EnterpriseCode,
};

/**
 * The subject of a request keyed by `keyField` (`personalId`, `enterpriseCode`), or none: a
 * key of another kind, or no usable key, has no subject.
 */
export function auditSubject(
  keyField: string,
  key: unknown,
  secret: string,
): AuditSubject | undefined {
  const kind = Object.hasOwn(SUBJECT_KIND_OF_FIELD, keyField)
    ? SUBJECT_KIND_OF_FIELD[keyField]
    : undefined;
  if (kind === undefined || typeof key !== 'string' || key === '' || key.length > 64) {
    return undefined;
  }
  return { hash: subjectHash(secret, key), kind };
}

const OUTCOME_OF_CODE: Partial<Record<ErrorCode, AuditOutcome>> = {
  UNAUTHENTICATED: AuditOutcome.RefusedAuthentication,
  FORBIDDEN: AuditOutcome.RefusedAuthorisation,
  VALIDATION_FAILED: AuditOutcome.RefusedValidation,
  RATE_LIMITED: AuditOutcome.RefusedQuota,
  NOT_FOUND: AuditOutcome.Answered,
  SOURCE_TIMEOUT: AuditOutcome.TimedOut,
  DEADLINE_EXCEEDED: AuditOutcome.TimedOut,
  INTERNAL: AuditOutcome.FailedInternal,
  AUDIT_UNAVAILABLE: AuditOutcome.FailedInternal,
};

/**
 * How an attempt ended, from its error code. A refusal code from a source that was asked (its
 * database refusing our credentials or quota) is the source's failure, not the caller's refusal.
 */
export function outcomeOf(code: ErrorCode | undefined, sourceAsked: boolean): AuditOutcome {
  if (code === undefined) return AuditOutcome.Answered;
  const outcome = OUTCOME_OF_CODE[code] ?? AuditOutcome.FailedUpstream;
  const refused = outcome.startsWith('refused-');
  return refused && sourceAsked ? AuditOutcome.FailedUpstream : outcome;
}

const MAX_FIELD_NAMES = 500;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The dotted names, never the values, of the fields of an answer (`child.fullName`); list items
 * share their list's name. A key that is not a plain name is left out, so that no value can
 * pass for a name.
 */
export function fieldNamesOf(data: unknown, prefix = ''): string[] {
  if (Array.isArray(data)) {
    return [...new Set(data.flatMap((item) => fieldNamesOf(item, prefix)))];
  }
  if (typeof data !== 'object' || data === null) return prefix ? [prefix] : [];
  const names = Object.entries(data)
    .filter(([name]) => FIELD_NAME.test(name))
    .flatMap(([name, value]) => fieldNamesOf(value, prefix ? `${prefix}.${name}` : name));
  return [...new Set(names)].slice(0, MAX_FIELD_NAMES);
}

/** The 32 hex digits of a W3C traceparent's trace id, when it has them. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  return /^[\da-f]{2}-([\da-f]{32})-/.exec(traceparent ?? '')?.[1];
}

/** What a header the caller sent may be in an event: a short printable value, or nothing. */
export function auditText(value: unknown, maxLength = 64): string | undefined {
  return typeof value === 'string' && /^[\w.:/@-]+$/.test(value) && value.length <= maxLength
    ? value
    : undefined;
}

/** Everything an event says but its id and time; absent parts are left out, not null. */
export type AuditEventParts = Omit<AuditEvent, 'eventId' | 'time'>;

/** A new event, now, with a fresh id, from its parts; undefined parts are dropped. */
export function newAuditEvent(parts: AuditEventParts): AuditEvent {
  const event: Record<string, unknown> = { eventId: randomUUID(), time: new Date().toISOString() };
  for (const [name, value] of Object.entries(parts)) {
    if (value !== undefined) event[name] = value;
  }
  return event as unknown as AuditEvent;
}

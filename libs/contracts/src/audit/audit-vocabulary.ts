/** What an audit event records. */
export const AuditKind = {
  /** An attempt at the gateway, over HTTP or Kafka, whatever its outcome. */
  Access: 'access',
  /** A call an adapter made to its upstream database. */
  UpstreamCall: 'upstream-call',
  /** A query of the audit log itself. */
  AuditQuery: 'audit-query',
  /** An administrative action, such as switching a connector to maintenance. */
  Admin: 'admin',
} as const;

export type AuditKind = (typeof AuditKind)[keyof typeof AuditKind];

/**
 * How the attempt ended. Only `answered` released anything: data, a verdict, or "no such record"
 * (then `errorCode` is NOT_FOUND). Each refusal names the check that stopped it, before any
 * source was asked.
 */
export const AuditOutcome = {
  Answered: 'answered',
  RefusedAuthentication: 'refused-authentication',
  RefusedAuthorisation: 'refused-authorisation',
  RefusedValidation: 'refused-validation',
  RefusedQuota: 'refused-quota',
  /** The source was down, in maintenance, or answered something invalid. */
  FailedUpstream: 'failed-upstream',
  /** No answer within the deadline. */
  TimedOut: 'timed-out',
  /** A bug on our side (INTERNAL). */
  FailedInternal: 'failed-internal',
} as const;

export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];

/** Which kind of identifier `subjectHash` was computed from. */
export const SubjectKind = {
  PersonalId: 'personal-id',
  EnterpriseCode: 'enterprise-code',
} as const;

export type SubjectKind = (typeof SubjectKind)[keyof typeof SubjectKind];

/** How the attempt reached the gateway. */
export const AuditChannel = { Http: 'http', Kafka: 'kafka' } as const;

export type AuditChannel = (typeof AuditChannel)[keyof typeof AuditChannel];

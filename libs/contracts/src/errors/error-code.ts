/** Every failure a caller can see, with the HTTP status the gateway answers it with. */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  /** No valid credential; the answer's WWW-Authenticate says which schemes. */
  Unauthenticated: 'UNAUTHENTICATED',
  NotFound: 'NOT_FOUND',
  Forbidden: 'FORBIDDEN',
  RateLimited: 'RATE_LIMITED',
  UpstreamInvalidResponse: 'UPSTREAM_INVALID_RESPONSE',
  SourceUnavailable: 'SOURCE_UNAVAILABLE',
  /** An operator has put the source's connector in maintenance: nothing is sent to it. */
  SourceMaintenance: 'SOURCE_MAINTENANCE',
  SourceTimeout: 'SOURCE_TIMEOUT',
  DeadlineExceeded: 'DEADLINE_EXCEEDED',
  /**
   * The gateway could not record the request in the audit trail, so it returns nothing: no
   * personal data leaves without a record (fail closed).
   */
  AuditUnavailable: 'AUDIT_UNAVAILABLE',
  Internal: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  UPSTREAM_INVALID_RESPONSE: 502,
  SOURCE_UNAVAILABLE: 503,
  SOURCE_MAINTENANCE: 503,
  SOURCE_TIMEOUT: 504,
  DEADLINE_EXCEEDED: 504,
  AUDIT_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** Whether the same request may succeed if sent again later. */
export const RETRYABLE: Record<ErrorCode, boolean> = {
  VALIDATION_FAILED: false,
  UNAUTHENTICATED: false,
  NOT_FOUND: false,
  FORBIDDEN: false,
  RATE_LIMITED: true,
  UPSTREAM_INVALID_RESPONSE: false,
  SOURCE_UNAVAILABLE: true,
  SOURCE_MAINTENANCE: true,
  SOURCE_TIMEOUT: true,
  DEADLINE_EXCEEDED: true,
  AUDIT_UNAVAILABLE: true,
  INTERNAL: false,
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in HTTP_STATUS_OF;
}

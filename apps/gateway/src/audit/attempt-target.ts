import { AuditSubject, operationContract, SourceName } from '@interop/contracts';
import { DOSSIER_CHECKS, GrantTarget } from '../access/operation-ref';

/** A dossier check, in the audit trail: the gateway's own operation, of no one source. */
export const DOSSIER_CHECK_AUDIT_OPERATION = 'dossier-checks.check';

/** What an attempt at a grant target is recorded as: its source, if any, and its operation. */
export function auditedOperation(
  target: GrantTarget,
  operation: string,
): { source?: SourceName; operation: string } {
  return target === DOSSIER_CHECKS
    ? { operation: DOSSIER_CHECK_AUDIT_OPERATION }
    : { source: target, operation };
}

function property(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/**
 * The subject of a request not yet validated, for the event of its refusal: the key field of
 * the operation's payload, or a dossier's applicant. Hashed, so whatever it holds stays unread.
 */
export function subjectOfPayload(
  target: GrantTarget,
  operation: string,
  payload: unknown,
  subjectOf: (keyField: string, key: unknown) => AuditSubject | undefined,
): AuditSubject | undefined {
  if (target === DOSSIER_CHECKS) {
    return subjectOf('personalId', property(property(payload, 'applicant'), 'personalId'));
  }
  const keyField = operationContract(target, operation)?.keyField;
  return keyField === undefined ? undefined : subjectOf(keyField, property(payload, keyField));
}

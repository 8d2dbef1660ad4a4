import { AccessPolicy, CallerPolicy, Grant } from './access-policy';
import { Role } from './access-policy.document';
import { formatOperationRef, GrantTarget } from './operation-ref';
import { ProcedureCatalogue } from './procedure-catalogue';

/** Why a request was refused; `details.reason` of its 403. */
export const RefusalReason = {
  NotGranted: 'NOT_GRANTED',
  ProcedureNotAllowed: 'PROCEDURE_NOT_ALLOWED',
  RequesterMismatch: 'REQUESTER_MISMATCH',
  RoleRequired: 'ROLE_REQUIRED',
} as const;

export type RefusalReason = (typeof RefusalReason)[keyof typeof RefusalReason];

export interface Refusal {
  reason: RefusalReason;
  message: string;
}

export type Decision = { ok: true; grant: Grant } | { ok: false; refusal: Refusal };

function refused(reason: RefusalReason, message: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { reason, message } };
}

/**
 * Whether the caller may use the operation under the procedure: granted to it (deny by default),
 * and included in the procedure's catalogue entry (purpose limitation). Says nothing about the
 * subject of the request, which is not looked at.
 */
export function decideOperation(
  policy: AccessPolicy,
  catalogue: ProcedureCatalogue,
  caller: CallerPolicy,
  target: GrantTarget,
  operation: string,
  procedureCode: string,
): Decision {
  const grant = policy.grantFor(caller, target, operation);
  if (!grant) {
    const named = formatOperationRef({ target, operation });
    return refused(RefusalReason.NotGranted, `The caller is not granted ${named}`);
  }
  const refusal = decideProcedure(catalogue, procedureCode, target, operation);
  return refusal ? { ok: false, refusal } : { ok: true, grant };
}

/** Whether the procedure's catalogue entry includes the operation (purpose limitation). */
export function decideProcedure(
  catalogue: ProcedureCatalogue,
  procedureCode: string,
  target: GrantTarget,
  operation: string,
): Refusal | undefined {
  const procedure = catalogue.find(procedureCode);
  if (!procedure) {
    return {
      reason: RefusalReason.ProcedureNotAllowed,
      message: `Procedure ${procedureCode} is not in the procedure catalogue`,
    };
  }
  if (ProcedureCatalogue.allows(procedure, target, operation)) return undefined;
  return {
    reason: RefusalReason.ProcedureNotAllowed,
    message: `Procedure ${procedure.code} (${procedure.name}) does not use ${formatOperationRef({ target, operation })}`,
  };
}

export function decideRole(caller: CallerPolicy, role: Role): Refusal | undefined {
  return caller.roles.has(role)
    ? undefined
    : { reason: RefusalReason.RoleRequired, message: `This needs the ${role} role` };
}

/** The caller is the requester: a requester header, where sent, must name it. */
export function decideRequester(caller: CallerPolicy, requester: unknown): Refusal | undefined {
  if (requester === undefined || requester === caller.id) return undefined;
  return {
    reason: RefusalReason.RequesterMismatch,
    message: 'X-Requester, when sent, must be the authenticated caller',
  };
}

import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import { CallerQuotas } from '../quota/caller-quotas.service';
import { CallerPolicy, Grant } from './access-policy';
import { decideOperation, RefusalReason } from './access-decision';
import { AccessControl } from './access-control.service';
import { GrantTarget } from './operation-ref';

export type Authorization =
  | { ok: true; grant: Grant }
  | {
      ok: false;
      code: typeof ErrorCode.Forbidden;
      reason: RefusalReason;
      message: string;
    }
  | { ok: false; code: typeof ErrorCode.RateLimited; message: string; retryAfterS: number };

/**
 * Whether a caller may have an operation done now: granted, under a procedure that uses it, and
 * within the caller's quota for the target (which the answer, when yes, has taken a token of).
 * The one decision behind every HTTP route, every Kafka intake request and every source a
 * dossier check asks.
 */
@Injectable()
export class OperationAccess {
  constructor(
    private readonly access: AccessControl,
    private readonly quotas: CallerQuotas,
  ) {}

  authorize(
    caller: CallerPolicy,
    target: GrantTarget,
    operation: string,
    procedureCode: string,
  ): Authorization {
    const { policy, catalogue } = this.access;
    const decision = decideOperation(policy, catalogue, caller, target, operation, procedureCode);
    if (!decision.ok) return { ok: false, code: ErrorCode.Forbidden, ...decision.refusal };
    const taken = this.quotas.take(caller.id, target, policy.quotaFor(caller, target));
    if (taken.ok) return { ok: true, grant: decision.grant };
    const retryAfterS = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
    return {
      ok: false,
      code: ErrorCode.RateLimited,
      message: `The caller's quota for ${target} is used up; retry in ${retryAfterS} s`,
      retryAfterS,
    };
  }
}

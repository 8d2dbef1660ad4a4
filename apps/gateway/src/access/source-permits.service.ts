import { Injectable } from '@nestjs/common';
import { ErrorCode, SourceName } from '@interop/contracts';
import { CallerQuotas } from '../quota/caller-quotas.service';
import { CallerPolicy } from './access-policy';
import { decideOperation, decideProcedure } from './access-decision';
import { AccessControl } from './access-control.service';

export interface PermitRefusal {
  code: typeof ErrorCode.Forbidden | typeof ErrorCode.RateLimited;
  message: string;
}

/** Whether a source may be asked for an operation on a request's behalf; undefined means yes. */
export type SourcePermit = (source: SourceName, operation: string) => PermitRefusal | undefined;

/**
 * The access policy applied to each source a composite request (a dossier check) asks: the
 * same grants, procedure catalogue and quotas as the source's own route.
 */
@Injectable()
export class SourcePermits {
  constructor(
    private readonly access: AccessControl,
    private readonly quotas: CallerQuotas,
  ) {}

  forCaller(caller: CallerPolicy, procedureCode: string): SourcePermit {
    return (source, operation) => {
      const { policy, catalogue } = this.access;
      const decision = decideOperation(policy, catalogue, caller, source, operation, procedureCode);
      if (!decision.ok) return { code: ErrorCode.Forbidden, message: decision.refusal.message };
      const taken = this.quotas.take(caller.id, source, policy.quotaFor(caller, source));
      return taken.ok
        ? undefined
        : { code: ErrorCode.RateLimited, message: `The caller's quota for ${source} is used up` };
    };
  }

  /** Purpose limitation alone, for a requester the gateway has not authenticated. */
  forProcedure(procedureCode: string): SourcePermit {
    return (source, operation) => {
      const refusal = decideProcedure(this.access.catalogue, procedureCode, source, operation);
      return refusal && { code: ErrorCode.Forbidden, message: refusal.message };
    };
  }
}

import { Injectable } from '@nestjs/common';
import { ErrorCode, SourceName } from '@interop/contracts';
import { CallerPolicy } from './access-policy';
import { decideProcedure } from './access-decision';
import { AccessControl } from './access-control.service';
import { OperationAccess } from './operation-access.service';

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
    private readonly operations: OperationAccess,
  ) {}

  forCaller(caller: CallerPolicy, procedureCode: string): SourcePermit {
    return (source, operation) => {
      const authorization = this.operations.authorize(caller, source, operation, procedureCode);
      return authorization.ok
        ? undefined
        : { code: authorization.code, message: authorization.message };
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

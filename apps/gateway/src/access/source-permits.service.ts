import { Injectable } from '@nestjs/common';
import { ErrorCode, SourceName } from '@interop/contracts';
import { ConnectorMaintenance } from '../ops/maintenance/connector-maintenance.service';
import { CallerPolicy } from './access-policy';
import { decideProcedure } from './access-decision';
import { AccessControl } from './access-control.service';
import { OperationAccess } from './operation-access.service';

export interface PermitRefusal {
  code:
    typeof ErrorCode.Forbidden | typeof ErrorCode.RateLimited | typeof ErrorCode.SourceMaintenance;
  message: string;
}

/** Whether a source may be asked for an operation on a request's behalf; undefined means yes. */
export type SourcePermit = (source: SourceName, operation: string) => PermitRefusal | undefined;

/**
 * The access policy applied to each source a composite request (a dossier check) asks: the
 * same grants, procedure catalogue and quotas as the source's own route, and then, as on that
 * route, no request to a connector in maintenance.
 */
@Injectable()
export class SourcePermits {
  constructor(
    private readonly access: AccessControl,
    private readonly operations: OperationAccess,
    private readonly maintenance: ConnectorMaintenance,
  ) {}

  forCaller(caller: CallerPolicy, procedureCode: string): SourcePermit {
    return (source, operation) => {
      const authorization = this.operations.authorize(caller, source, operation, procedureCode);
      if (!authorization.ok) return { code: authorization.code, message: authorization.message };
      return this.inMaintenance(source);
    };
  }

  /** Purpose limitation alone, for a requester the gateway has not authenticated. */
  forProcedure(procedureCode: string): SourcePermit {
    return (source, operation) => {
      const refusal = decideProcedure(this.access.catalogue, procedureCode, source, operation);
      if (refusal) return { code: ErrorCode.Forbidden, message: refusal.message };
      return this.inMaintenance(source);
    };
  }

  private inMaintenance(source: SourceName): PermitRefusal | undefined {
    const refusal = this.maintenance.refusal(source);
    return refusal && { code: ErrorCode.SourceMaintenance, message: refusal.message };
  }
}

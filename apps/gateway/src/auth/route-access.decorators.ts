import { SetMetadata } from '@nestjs/common';
import { Role } from '../access/access-policy.document';
import { GrantTarget } from '../access/operation-ref';

export const ROUTE_ACCESS = 'interop:route-access';

/**
 * What a route requires. A route that declares nothing is refused to everyone: access is
 * denied by default, and a new route is reachable only once it says who may use it.
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'caller' }
  | {
      kind: 'role';
      role: Role;
      /** A query of the audit log, itself recorded in it under this operation name. */
      auditQuery?: string;
    }
  | { kind: 'operation'; target: GrantTarget; operation: string };

/** Open to anyone, without credentials: liveness, readiness, the API documents. */
export const Public = () => SetMetadata(ROUTE_ACCESS, { kind: 'public' } satisfies RouteAccess);

/** For any authenticated caller: what it may see is its own (the catalogue of sources). */
export const AnyCaller = () => SetMetadata(ROUTE_ACCESS, { kind: 'caller' } satisfies RouteAccess);

/** For authenticated callers holding the role in the access policy. */
export const RequiresRole = (role: Role) =>
  SetMetadata(ROUTE_ACCESS, { kind: 'role', role } satisfies RouteAccess);

/**
 * For callers granted the operation, under a procedure whose catalogue entry includes it, within
 * their quota for the target.
 */
export const GrantedOperation = (target: GrantTarget, operation: string) =>
  SetMetadata(ROUTE_ACCESS, { kind: 'operation', target, operation } satisfies RouteAccess);

/**
 * For the auditor role: a query of the audit log, recorded in the audit log itself as
 * `operation` (`audit.events`), refused or answered.
 */
export const AuditQuery = (operation: string) =>
  SetMetadata(ROUTE_ACCESS, {
    kind: 'role',
    role: 'auditor',
    auditQuery: operation,
  } satisfies RouteAccess);

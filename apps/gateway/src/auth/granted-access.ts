import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Grant } from '../access/access-policy';
import { AccessAttempt } from '../audit/access-attempt';
import { AuthenticatedCaller } from './authenticated-caller';

/** What the access guard established about a request, for the handler to act on. */
export interface GrantedAccess {
  caller: AuthenticatedCaller;
  /** The grant the request was allowed by: its fields narrow the answer. */
  grant?: Grant;
  /** The attempt the request is, on an audited route: its audit event is written from it. */
  attempt?: AccessAttempt;
}

const granted = new WeakMap<object, GrantedAccess>();

export function attachGrantedAccess(request: object, access: GrantedAccess): void {
  granted.set(request, access);
}

export function grantedAccessOf(request: object): GrantedAccess {
  const access = granted.get(request);
  if (!access) throw new Error('No granted access: does the route pass through the access guard?');
  return access;
}

/** The request's GrantedAccess, as the access guard fixed it. */
export const Granted = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  grantedAccessOf(context.switchToHttp().getRequest<object>()),
);

import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, KafkaHeader } from '@interop/contracts';
import type { Request, Response } from 'express';
import { decideRequester, decideRole, Refusal } from '../access/access-decision';
import { OperationAccess } from '../access/operation-access.service';
import { AccessAttempt } from '../audit/access-attempt';
import { HttpAttempts } from '../audit/http-attempts';
import { ApiError } from '../http/api-error';
import { RequestMetrics } from '../metrics/request-metrics';
import { AuthenticatedCaller } from './authenticated-caller';
import { Authenticator } from './authenticator.service';
import { attachGrantedAccess } from './granted-access';
import { ROUTE_ACCESS, RouteAccess } from './route-access.decorators';

export const WWW_AUTHENTICATE = 'Bearer realm="interop-gateway", ApiKey realm="interop-gateway"';
/** A procedure code the request-context validator would take; anything else is its 400 to give. */
const PROCEDURE_CODE = /^[\w.:/-]{1,64}$/;

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The one place access is decided, for every route (APP_GUARD), before the body is read or any
 * source asked: authentication, the requester, then the route's requirement — a role, or a grant
 * of the operation under an allowed procedure within the caller's quota.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('access');

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly operations: OperationAccess,
    private readonly attempts: HttpAttempts,
    private readonly metrics: RequestMetrics,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (required?.kind === 'public') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const attempt = this.attempts.begin(required, request, response);
    const observed = this.metrics.observe(required, request, response);
    const authentication = await this.authenticator.authenticate(request.headers);
    if (!authentication.ok) {
      this.logger.log('request not authenticated', { why: authentication.why });
      response.setHeader('WWW-Authenticate', WWW_AUTHENTICATE);
      throw new ApiError(ErrorCode.Unauthenticated, 'A valid API key or bearer token is required');
    }
    const { caller } = authentication;
    if (attempt) attempt.caller = caller.policy.id;
    if (observed) observed.caller = caller.policy.id;
    const refusal =
      decideRequester(caller.policy, request.headers[KafkaHeader.Requester]) ??
      this.decideRoute(required, caller, request, response, attempt);
    if (refusal) this.refuse(caller, refusal);
    return true;
  }

  private decideRoute(
    required: Exclude<RouteAccess, { kind: 'public' }> | undefined,
    caller: AuthenticatedCaller,
    request: Request,
    response: Response,
    attempt: AccessAttempt | undefined,
  ): Refusal | undefined {
    if (!required) {
      return { reason: 'NOT_GRANTED', message: 'This route is open to no caller' };
    }
    if (required.kind === 'caller') {
      attachGrantedAccess(request, { caller, attempt });
      return undefined;
    }
    if (required.kind === 'role') {
      const refusal = decideRole(caller.policy, required.role);
      if (!refusal) attachGrantedAccess(request, { caller, attempt });
      return refusal;
    }
    const procedureCode = header(request, KafkaHeader.ProcedureCode);
    if (procedureCode === undefined || !PROCEDURE_CODE.test(procedureCode)) {
      // The validation pipe answers the missing or malformed header with its 400.
      attachGrantedAccess(request, { caller, attempt });
      return undefined;
    }
    const authorization = this.operations.authorize(
      caller.policy,
      required.target,
      required.operation,
      procedureCode,
    );
    if (!authorization.ok && authorization.code === ErrorCode.RateLimited) {
      response.setHeader('Retry-After', String(authorization.retryAfterS));
      throw new ApiError(ErrorCode.RateLimited, authorization.message, {
        retryAfterS: authorization.retryAfterS,
      });
    }
    if (!authorization.ok) return authorization;
    attachGrantedAccess(request, { caller, grant: authorization.grant, attempt });
    return undefined;
  }

  private refuse(caller: AuthenticatedCaller, refusal: Refusal): never {
    this.logger.log('request refused', { caller: caller.policy.id, reason: refusal.reason });
    throw new ApiError(ErrorCode.Forbidden, refusal.message, { reason: refusal.reason });
  }
}

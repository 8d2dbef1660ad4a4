import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@interop/contracts';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Request, Response } from 'express';
import { ApiError } from './api-error';

const PUBLIC = 'audit-log:public';

/** Marks a route that answers without the token (health). */
export const PublicRoute = () => SetMetadata(PUBLIC, true);

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Every route but the public ones requires `Authorization: Bearer <AUDIT_QUERY_TOKEN>`. Digests
 * are compared in constant time, so the comparison reveals neither the token nor its length.
 */
@Injectable()
export class QueryTokenGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(
    token: string,
    private readonly reflector: Reflector,
  ) {
    this.expected = digest(token);
  }

  canActivate(context: ExecutionContext): boolean {
    if (
      this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])
    ) {
      return true;
    }
    const http = context.switchToHttp();
    const [scheme, presented] = (http.getRequest<Request>().headers.authorization ?? '').split(' ');
    if (scheme === 'Bearer' && presented && timingSafeEqual(digest(presented), this.expected)) {
      return true;
    }
    http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="interop-audit-log"');
    throw new ApiError(ErrorCode.Unauthenticated, 'a valid bearer token is required');
  }
}

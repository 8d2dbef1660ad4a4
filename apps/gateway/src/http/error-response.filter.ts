import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { attemptOf } from '../audit/http-attempts';
import { noteErrorCode } from '../metrics/request-metrics';
import { toErrorResponse } from './error-response';

/**
 * The one place errors leave the gateway: a coded JSON body, and a logged stack for bugs; the
 * code is the audit event's, when the route is audited, and the request metrics'. An error that
 * says when to come back (`details.retryAfterS`) says it in Retry-After too.
 */
@Catch()
export class ErrorResponseFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorResponseFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, body, unexpected } = toErrorResponse(exception);
    if (unexpected) {
      const stack = exception instanceof Error ? exception.stack : String(exception);
      this.logger.error('unexpected exception', stack);
    }
    const http = host.switchToHttp();
    const attempt = attemptOf(http.getRequest<Request>());
    if (attempt) attempt.failure = body.error.code;
    const response = http.getResponse<Response>();
    noteErrorCode(response, body.error.code);
    const retryAfterS = (body.error.details as { retryAfterS?: unknown } | undefined)?.retryAfterS;
    if (typeof retryAfterS === 'number') response.setHeader('Retry-After', String(retryAfterS));
    response.status(status).json(body);
  }
}

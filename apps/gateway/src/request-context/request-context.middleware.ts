import { Logger } from '@nestjs/common';
import { runWithLogContext } from '@interop/platform';
import type { NextFunction, Request, Response } from 'express';
import { attachInboundContext, createInboundContext, InboundContext } from './inbound-context';

const logger = new Logger('http');

function logFinished(request: Request, response: Response, context: InboundContext): void {
  logger.log('request finished', {
    method: request.method,
    path: request.originalUrl.split('?')[0],
    status: response.statusCode,
    durationMs: Date.now() - context.receivedAt,
  });
}

/**
 * First in the chain, for every route including unknown ones: fixes the request id (echoed on
 * every response), the deadline and the trace context, and runs the rest of the request inside
 * a log context carrying the request id.
 */
export function requestContextMiddleware(deadlineMs: number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const context = createInboundContext(request.headers, Date.now(), deadlineMs);
    attachInboundContext(request, context);
    response.setHeader('X-Request-Id', context.requestId);
    const logContext = { correlationId: context.requestId, traceparent: context.traceparent };
    response.on('finish', () =>
      runWithLogContext(logContext, () => logFinished(request, response, context)),
    );
    runWithLogContext(logContext, next);
  };
}

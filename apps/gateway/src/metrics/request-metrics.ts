import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RouteAccess } from '../auth/route-access.decorators';
import { inboundContextOf } from '../request-context/inbound-context';
import { GatewayMetrics } from './gateway-metrics';

/** Until the guard knows better: a request whose credentials are not (yet) accepted. */
export const UNAUTHENTICATED = 'unauthenticated';

/** What the error filter leaves on the response for the metrics: the code it answered. */
const ERROR_CODE = 'interopErrorCode';

export function noteErrorCode(response: Response, code: string): void {
  response.locals[ERROR_CODE] = code;
}

/** A request being observed; the guard names its caller once it is authenticated. */
export interface ObservedRequest {
  caller: string;
}

/**
 * Counts each request to a granted route (a source operation, or the dossier checks) when its
 * answer is sent, whether it was refused at authentication, authorisation or validation or
 * answered by the source.
 */
@Injectable()
export class RequestMetrics {
  constructor(private readonly metrics: GatewayMetrics) {}

  observe(
    required: RouteAccess | undefined,
    request: Request,
    response: Response,
  ): ObservedRequest | undefined {
    if (required?.kind !== 'operation') return undefined;
    const { receivedAt } = inboundContextOf(request);
    const observed = { caller: UNAUTHENTICATED };
    response.once('finish', () =>
      this.metrics.answered({
        source: required.target,
        operation: required.operation,
        caller: observed.caller,
        code: codeOf(response),
        seconds: (Date.now() - receivedAt) / 1000,
      }),
    );
    return observed;
  }
}

function codeOf(response: Response): string {
  const noted = response.locals[ERROR_CODE] as string | undefined;
  if (noted) return noted;
  return response.statusCode < 400 ? 'OK' : `HTTP_${response.statusCode}`;
}

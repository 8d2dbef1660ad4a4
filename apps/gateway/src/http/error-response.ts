import { HttpException, HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import { ApiError } from './api-error';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** A bug, not an expected failure: log it with its stack. */
  unexpected: boolean;
}

const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RateLimited,
};

function response(status: number, code: ErrorCode, message: string, details?: unknown) {
  const error = details === undefined ? { code, message } : { code, message, details };
  return { status, body: { error }, unexpected: false };
}

const INTERNAL: ErrorResponse = {
  status: HttpStatus.INTERNAL_SERVER_ERROR,
  body: { error: { code: ErrorCode.Internal, message: 'Internal error' } },
  unexpected: true,
};

/**
 * What Express's body parser raises for a body too large or in an unsupported encoding; its
 * `expose` flag marks a message written for the client.
 */
interface HttpError extends Error {
  status: number;
  expose: true;
}

function isClientHttpError(value: unknown): value is HttpError {
  const { status, expose } = (value ?? {}) as Partial<HttpError>;
  return value instanceof Error && expose === true && typeof status === 'number' && status < 500;
}

function fromClientError(status: number, message: string): ErrorResponse {
  return response(status, CODE_OF_STATUS[status] ?? ErrorCode.ValidationFailed, message);
}

/** Every exception becomes `{ error: { code, message, details? } }`; a bug never shows its insides. */
export function toErrorResponse(exception: unknown): ErrorResponse {
  if (exception instanceof ApiError) {
    return response(exception.getStatus(), exception.code, exception.message, exception.details);
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return fromClientError(exception.getStatus(), exception.message);
  }
  if (isClientHttpError(exception)) return fromClientError(exception.status, exception.message);
  return INTERNAL;
}

import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import { Response } from 'express';
import { ApiError } from './api-error';

/** Every failure in the one error shape; a bug answers INTERNAL, never a stack trace. */
@Catch()
export class ErrorResponseFilter implements ExceptionFilter {
  private readonly logger = new Logger('audit-query');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const answer = this.answerFor(exception);
    response.status(answer.getStatus()).json(answer.getResponse());
  }

  private answerFor(exception: unknown): HttpException {
    if (exception instanceof ApiError) return exception;
    if (exception instanceof HttpException && exception.getStatus() === HttpStatus.NOT_FOUND) {
      return new ApiError(ErrorCode.NotFound, 'no such route');
    }
    this.logger.error('query failed', { reason: (exception as Error)?.message });
    return new ApiError(ErrorCode.Internal, 'internal error');
  }
}

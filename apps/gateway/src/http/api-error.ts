import { HttpException } from '@nestjs/common';
import { ErrorCode, HTTP_STATUS_OF, ReplyError } from '@interop/contracts';

/** An expected failure on its way out of the HTTP edge, answered with its code's status. */
export class ApiError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message, HTTP_STATUS_OF[code]);
  }

  static fromReply({ code, message, details }: ReplyError): ApiError {
    return new ApiError(code, message, details);
  }
}

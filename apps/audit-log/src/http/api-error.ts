import { HttpException } from '@nestjs/common';
import { ErrorCode, FieldError, HTTP_STATUS_OF } from '@interop/contracts';

/** An expected refusal of the query API, answered as `{ error: { code, message, details } }`. */
export class ApiError extends HttpException {
  constructor(code: ErrorCode, message: string, details?: FieldError[]) {
    super({ error: { code, message, details } }, HTTP_STATUS_OF[code]);
  }
}

import { ValidationPipe } from '@nestjs/common';
import { ErrorCode, toFieldErrors } from '@interop/contracts';
import { ApiError } from './api-error';

/** Query parameters checked by their DTO; anything unknown or malformed is a 400 naming it. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new ApiError(ErrorCode.ValidationFailed, 'invalid query', toFieldErrors(errors)),
  });
}

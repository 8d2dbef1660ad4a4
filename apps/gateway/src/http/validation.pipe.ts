import { ValidationPipe } from '@nestjs/common';
import { ErrorCode, toFieldErrors } from '@interop/contracts';
import { withCallerFieldNames } from '../request-context/purpose-request';
import { ApiError } from './api-error';

/** The strict global pipe: unknown fields are errors, and every rejected field is named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: true,
    exceptionFactory: (errors) =>
      new ApiError(
        ErrorCode.ValidationFailed,
        'The request is invalid; details name each rejected field',
        withCallerFieldNames(toFieldErrors(errors)),
      ),
  });
}

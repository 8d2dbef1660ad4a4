import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ErrorCode, FieldError, splitUnknownKeys, toFieldErrors } from '@interop/contracts';
import { withCallerFieldNames } from '../request-context/purpose-request';
import { ApiError } from './api-error';

const INVALID = 'The request is invalid; details name each rejected field';

function invalid(errors: FieldError[]): ApiError {
  return new ApiError(ErrorCode.ValidationFailed, INVALID, withCallerFieldNames(errors));
}

/**
 * The strict global pipe: unknown fields are errors, and every rejected field is named. Keys the
 * contract does not declare are taken out before class-transformer reads the value — it drops
 * `__proto__` or `toString` unseen, and cannot read an own `constructor` — and refused with the
 * rest, as `validateContract` does for Kafka messages.
 */
class ContractValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validateCustomDecorators: true,
      exceptionFactory: (errors) => invalid(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (!metatype || !this.toValidate(metadata)) return super.transform(value, metadata);
    const { errors: unknown, known } = splitUnknownKeys(metatype as new () => object, value);
    if (unknown.length === 0) return super.transform(known, metadata);
    let others: FieldError[] = [];
    try {
      await super.transform(known, metadata);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      others = error.details as FieldError[];
    }
    throw new ApiError(ErrorCode.ValidationFailed, INVALID, [
      ...withCallerFieldNames(unknown),
      ...others,
    ]);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ContractValidationPipe();
}

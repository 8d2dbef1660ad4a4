import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { OPERATION_VOCABULARY, parseOperationRef } from './operation-ref';

/** A `target:operation` (or `target:*`) that names something the gateway serves. */
export const IsOperationRef = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isOperationRef',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !!parseOperationRef(value),
        defaultMessage: ({ value }: ValidationArguments) =>
          `"${String(value)}" is not an operation; one of ${OPERATION_VOCABULARY.join(', ')}, or <source>:*`,
      },
    },
    options,
  );

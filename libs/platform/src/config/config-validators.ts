import { accessSync, constants, statSync } from 'node:fs';
import { ValidateBy, ValidationOptions } from 'class-validator';

type Condition<T> = (config: T) => boolean;

/** The variable must be set whenever `condition` holds of the whole config. */
export function RequiredWhen<T>(condition: Condition<T>, message: string): PropertyDecorator {
  return ValidateBy({
    name: 'requiredWhen',
    validator: {
      validate: (value, args) => value !== undefined || !condition(args?.object as T),
      defaultMessage: () => message,
    },
  });
}

/** The variable may be set only when `condition` holds: a setting that would be ignored is a mistake. */
export function AllowedOnlyWhen<T>(condition: Condition<T>, message: string): PropertyDecorator {
  return ValidateBy({
    name: 'allowedOnlyWhen',
    validator: {
      validate: (value, args) => value === undefined || condition(args?.object as T),
      defaultMessage: () => message,
    },
  });
}

function isReadableFile(path: unknown): boolean {
  if (typeof path !== 'string') return false;
  try {
    accessSync(path, constants.R_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** When set, names a file this process can read: a wrong path fails at boot, not at connect. */
export function IsReadableFile(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isReadableFile',
      validator: {
        validate: (value) => value === undefined || isReadableFile(value),
        defaultMessage: () => 'must name a readable file',
      },
    },
    options,
  );
}

import { ValidateIf } from 'class-validator';

/**
 * The field may be left out; when present it is checked like any other. Unlike class-validator's
 * IsOptional, `null` is not "left out": a `"page": null` must not reach a source as such.
 */
export const IsOmittable = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);

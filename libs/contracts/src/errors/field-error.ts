/** One reason a field was rejected; `field` is a dotted path such as `payload.personalId`. */
export interface FieldError {
  field: string;
  message: string;
}

/** The errors of a part of a message, named from the message: `personalId` → `payload.personalId`. */
export function prefixedErrors(prefix: string, errors: readonly FieldError[]): FieldError[] {
  return errors.map(({ field, message }) => ({
    field: field ? `${prefix}.${field}` : prefix,
    message,
  }));
}

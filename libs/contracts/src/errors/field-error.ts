/** One reason a field was rejected; `field` is a dotted path such as `payload.personalId`. */
export interface FieldError {
  field: string;
  message: string;
}

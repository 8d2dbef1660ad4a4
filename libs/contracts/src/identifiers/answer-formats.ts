/**
 * The shapes of identifiers and dates in a source's answer, for the models' `@ApiProperty`: the
 * adapters check them when they map an upstream's answer. The finer rules of a request's fields
 * (province codes, check digits) are the requests' alone: a register's own data is taken as it is.
 */
export const ANSWER_FORMAT = {
  personalId: { pattern: '^\\d{12}$' },
  idCardNumber: { pattern: '^\\d{9}$' },
  dateOfBirth: { pattern: '^\\d{4}(-\\d{2}-\\d{2})?$' },
  date: { format: 'date' },
  enterpriseCode: { pattern: '^\\d{10}(-\\d{3})?$' },
  provinceCode: { pattern: '^\\d{2}$' },
  communeCode: { pattern: '^\\d{5}$' },
} as const;

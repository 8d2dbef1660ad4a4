import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { declareRuleSchema, RuleSchema } from '../validation/rule-schemas';
import { parseDateOfBirth } from './date-of-birth';
import { parseEnterpriseCode } from './enterprise-code';
import { isIdCardNumber } from './id-card';
import { parsePersonalId, personalIdDateOfBirthConflict } from './personal-id';
import { PROVINCES } from './provinces';

function reasonOf(parsed: { ok: boolean; reason?: string }): string | undefined {
  return parsed.ok ? undefined : parsed.reason;
}

function stringRule(
  name: string,
  problem: (value: string, args: ValidationArguments) => string | undefined,
  schema: RuleSchema,
  options?: ValidationOptions,
): PropertyDecorator {
  declareRuleSchema(name, { type: 'string', ...schema });
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && problem(value, args) === undefined,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string'
            ? `${args.property} ${problem(args.value, args)}`
            : `${args.property} must be a string`,
      },
    });
  };
}

// What a pattern can say of the rules: the format, and for identification numbers the province
// codes. Check digits, calendar dates and dates in the future are the validators' alone.
const PERSONAL_ID_SCHEMA: RuleSchema = {
  // Digit 4: the century and sex, of 1900-2099 births (0-3); digits 5-6 the year.
  pattern: `^0(${Object.keys(PROVINCES).sort().join('|')})[0-3][0-9]{8}$`,
  minLength: 12,
  maxLength: 12,
};
const DATE_OF_BIRTH_SCHEMA: RuleSchema = {
  pattern: '^(19|20)[0-9]{2}(-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))?$',
};

/** A valid 12-digit personal identification number. */
export const IsPersonalId = (options?: ValidationOptions) =>
  stringRule('isPersonalId', (v) => reasonOf(parsePersonalId(v)), PERSONAL_ID_SCHEMA, options);

/** A date of birth, full or year only, not in the future. */
export const IsDateOfBirth = (options?: ValidationOptions) =>
  stringRule('isDateOfBirth', (v) => reasonOf(parseDateOfBirth(v)), DATE_OF_BIRTH_SCHEMA, options);

/** A nine-digit old identity card number. */
export const IsIdCardNumber = (options?: ValidationOptions) =>
  stringRule(
    'isIdCardNumber',
    (v) => (isIdCardNumber(v) ? undefined : 'must be exactly 9 digits'),
    { pattern: '^[0-9]{9}$' },
    options,
  );

/** On the date of birth: the identification number named by `personalIdProperty` encodes the same year. */
export const AgreesWithPersonalId = (personalIdProperty: string, options?: ValidationOptions) =>
  stringRule(
    'agreesWithPersonalId',
    (dateOfBirth, args) => {
      const personalId = (args.object as Record<string, unknown>)[personalIdProperty];
      if (typeof personalId !== 'string') return undefined;
      const conflict = personalIdDateOfBirthConflict(personalId, dateOfBirth);
      return conflict && `disagrees with ${personalIdProperty}: ${conflict}`;
    },
    {},
    options,
  );

/** A 10-digit enterprise code with a valid check digit, or a branch code of one. */
export const IsEnterpriseCode = (options?: ValidationOptions) =>
  stringRule(
    'isEnterpriseCode',
    (v) => reasonOf(parseEnterpriseCode(v)),
    { pattern: '^[0-9]{10}(-(00[1-9]|0[1-9][0-9]|[1-9][0-9]{2}))?$' },
    options,
  );

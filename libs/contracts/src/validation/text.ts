import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength, ValidationArguments, ValidateBy } from 'class-validator';
import { declareRuleSchema } from './rule-schemas';

/**
 * Characters a person cannot see: controls, formats (zero-width spaces and joiners, the BOM,
 * bidirectional marks), separators, surrogates, private-use and unassigned code points, and the
 * Hangul fillers that render as nothing.
 */
const INVISIBLE = /^[\p{C}\p{Z}\u034f\u115f\u1160\u3164\uffa0]*$/u;
/** C0 and C1 controls (tab and newline included): never part of a name or an address. */
const CONTROL = /\p{Cc}/u;

/** NFC, and no leading or trailing white space: how every text field is compared and sent. */
export function canonicalText(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC').trim() : value;
}

/** Why a canonical text cannot be taken, or undefined. */
export function textProblem(text: string): string | undefined {
  if (text === '') return 'must not be empty or blank';
  if (INVISIBLE.test(text)) return 'must contain visible characters';
  if (CONTROL.test(text)) return 'must not contain control characters';
  return undefined;
}

// Something other than white space, and no control character anywhere. Invisible formats
// (zero-width spaces) are beyond what a portable pattern can say.
const NO_CONTROLS = '[^\\u0000-\\u001f\\u007f-\\u009f]*';
declareRuleSchema('isVisibleText', {
  pattern: `^${NO_CONTROLS}[^\\s\\u0000-\\u001f\\u007f-\\u009f]${NO_CONTROLS}$`,
});

const IsVisibleText = () =>
  ValidateBy({
    name: 'isVisibleText',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && textProblem(value) === undefined,
      defaultMessage: ({ property, value }: ValidationArguments) =>
        `${property} ${typeof value === 'string' ? textProblem(value) : 'must be a string'}`,
    },
  });

export interface TextOptions {
  maxLength: number;
  minLength?: number;
}

/**
 * A free-text field (a name, a search term, an address line): normalised to NFC and trimmed on
 * receipt, over HTTP and Kafka alike, then refused when nothing visible is left.
 */
export function IsText({ maxLength, minLength }: TextOptions): PropertyDecorator {
  const rules: PropertyDecorator[] = [
    Transform(({ value }) => canonicalText(value)),
    IsString(),
    IsVisibleText(),
    ...(minLength === undefined ? [] : [MinLength(minLength)]),
    MaxLength(maxLength),
  ];
  return (target, property) => rules.forEach((rule) => rule(target, property));
}

import type { MetadataStorage as TransformerStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import {
  targetConstructorToSchema,
  validationMetadatasToSchemas,
} from 'class-validator-jsonschema';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { ruleSchema } from './rule-schemas';

// The store behind @Type(): class-transformer exports it from this file only (as Nest does).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: TransformerStorage;
};

/** A JSON Schema object, as far as the documents need one. */
export type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** A custom rule states what `declareRuleSchema` said of it, and no more. */
function customRuleSchema(meta: ValidationMetadata): Record<string, unknown> {
  const constraint = getMetadataStorage().getTargetValidatorConstraints(meta.constraintCls)[0];
  return { ...(constraint?.name ? ruleSchema(constraint.name) : undefined) };
}

type Options = NonNullable<Parameters<typeof targetConstructorToSchema>[1]>;
type Converter = NonNullable<Options['additionalConverters']>[string];

const OPTIONS: Partial<Options> = {
  classTransformerMetadataStorage: defaultMetadataStorage,
  additionalConverters: { [ValidationTypes.CUSTOM_VALIDATION]: customRuleSchema as Converter },
};

/**
 * The JSON Schema of a DTO class, read off its class-validator rules: each field carries the
 * pattern, lengths, enumeration and bounds its validators enforce. Nested DTOs are references to
 * `#/components/schemas/<class name>`.
 */
export function validatorSchema(dto: new () => object): JsonSchema {
  return targetConstructorToSchema(dto, OPTIONS) as JsonSchema;
}

/** The schema of every class with class-validator rules, by class name. */
export function validatorSchemas(): Record<string, JsonSchema> {
  return validationMetadatasToSchemas(OPTIONS) as Record<string, JsonSchema>;
}

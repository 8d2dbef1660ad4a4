/** The JSON Schema keywords a value that passes a rule satisfies, as closely as they can say it. */
export interface RuleSchema {
  type?: 'string' | 'integer' | 'number';
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  format?: string;
}

const schemas = new Map<string, RuleSchema>();

/**
 * Declares what a custom validation rule enforces in JSON Schema terms, next to the rule: the
 * OpenAPI and AsyncAPI documents state it, so that a client learns it without a 400.
 */
export function declareRuleSchema(rule: string, schema: RuleSchema): void {
  schemas.set(rule, schema);
}

/** The schema declared for a custom rule; a rule without one states nothing. */
export function ruleSchema(rule: string): RuleSchema | undefined {
  return schemas.get(rule);
}

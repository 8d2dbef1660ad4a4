import { OpenAPIObject } from '@nestjs/swagger';
import { schemasWithValidatorRules } from '@interop/contracts';

/**
 * The document with each DTO field's schema carrying the rules its validators enforce — read off
 * the class-validator metadata, so that the document cannot promise less than is refused.
 */
export function withValidatorRules(document: OpenAPIObject): OpenAPIObject {
  const schemas = schemasWithValidatorRules(document.components?.schemas ?? {});
  return { ...document, components: { ...document.components, schemas } };
}

import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { Type as NestedType } from 'class-transformer';
import { IsObject, Matches, ValidateNested } from 'class-validator';
import { IsOmittable } from '../validation/optional';

/** Dossier and procedure codes travel as Kafka headers too: the same characters and length. */
const PURPOSE_CODE = /^[\w.:/-]{1,64}$/;
const PURPOSE_CODE_MESSAGE = '$property must be 1-64 letters, digits and . _ - : /';

/** The dossier a check is made for, and under which procedure: in every check request. */
export class DossierCheckPurposeDto {
  @ApiProperty({ example: 'HS-2026-000123', description: 'The dossier whose claims are checked' })
  @Matches(PURPOSE_CODE, { message: PURPOSE_CODE_MESSAGE })
  dossierId: string;

  @ApiProperty({ example: '1.001234', description: 'The administrative procedure of the dossier' })
  @Matches(PURPOSE_CODE, { message: PURPOSE_CODE_MESSAGE })
  procedureCode: string;
}

/** A validated check request: its purpose, and each claim's part by the part's name. */
export type DossierCheckRequest = DossierCheckPurposeDto & { readonly [part: string]: unknown };

interface ClaimPartBase<Name extends string, Required extends boolean> {
  /** Its key in the request, e.g. `maritalStatus`. */
  readonly name: Name;
  /** A required part must be declared; an optional one is checked only when it is. */
  readonly required: Required;
  /** What the OpenAPI document says of it, besides its type and whether it is required. */
  readonly api?: Omit<ApiPropertyOptions, 'type' | 'required'>;
}

/** An object, validated at any depth by its DTO class. */
export interface ObjectClaimPart<
  Name extends string,
  Required extends boolean,
> extends ClaimPartBase<Name, Required> {
  readonly type: Type<object>;
}

/** A plain value, validated by its own rules (class-validator decorators). */
export interface ValueClaimPart<
  Name extends string,
  Required extends boolean,
> extends ClaimPartBase<Name, Required> {
  readonly rules: readonly PropertyDecorator[];
}

/** One claim's part of a dossier-check request, as the claim declares it. */
export type ClaimPart<Name extends string = string, Required extends boolean = boolean> =
  ObjectClaimPart<Name, Required> | ValueClaimPart<Name, Required>;

/** A part's decorators, in the order they would be written above a property. */
function decoratorsOf(part: ClaimPart): PropertyDecorator[] {
  return [
    ApiProperty({
      ...part.api,
      required: part.required,
      ...('type' in part && { type: part.type }),
    }),
    ...(part.required ? [] : [IsOmittable()]),
    ...('type' in part ? [IsObject(), ValidateNested(), NestedType(() => part.type)] : part.rules),
  ];
}

/**
 * The request DTO of a dossier check that declares these parts, in this order, after the
 * purpose: validated and documented as if each were a decorated property. Unknown keys are
 * refused at any depth, as for any contract.
 */
export function DossierCheckRequestOf(parts: readonly ClaimPart[]): Type<DossierCheckRequest> {
  class WithParts extends DossierCheckPurposeDto {}
  for (const part of parts) {
    // Decorators written above a property apply from the bottom up.
    for (const decorate of decoratorsOf(part).reverse()) decorate(WithParts.prototype, part.name);
  }
  // class-validator checks a class's own properties before those it inherits: with both the
  // purpose and the parts inherited, errors come in the order of the properties.
  class DossierCheckRequestOfParts extends WithParts {}
  return DossierCheckRequestOfParts as Type<DossierCheckRequest>;
}

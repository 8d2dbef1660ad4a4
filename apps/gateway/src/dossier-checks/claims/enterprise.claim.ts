import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BusinessRegistryOperation,
  ClaimCheck,
  Enterprise,
  EnterpriseClaimsDto,
  FieldCheck,
} from '@interop/contracts';
import { compareWithAnyName } from '../comparison/name-comparison';
import { applicantClaim } from './applicant.claim';
import { ClaimChecker, partOf } from './claim-checker';
import { ClaimCheckModel, FieldCheckModel } from './claim-check.model';
import { answeredClaim, AskSource, unansweredClaim } from './source-answers';

export type EnterpriseField = 'enterpriseCode' | 'name' | 'legalRepresentative';

class EnterpriseFieldsModel implements Partial<Record<EnterpriseField, FieldCheck>> {
  @ApiPropertyOptional({ type: FieldCheckModel, description: 'MATCH: the code is registered' })
  enterpriseCode?: FieldCheck;
  @ApiPropertyOptional({ type: FieldCheckModel })
  name?: FieldCheck;
  @ApiPropertyOptional({
    type: FieldCheckModel,
    description: 'By personal identification number: the declared one, else the applicant’s',
  })
  legalRepresentative?: FieldCheck;
}

class EnterpriseCheckModel extends ClaimCheckModel implements ClaimCheck<EnterpriseField> {
  @ApiProperty({ type: EnterpriseFieldsModel })
  fields: EnterpriseFieldsModel;
}

/** Registered, and a word on its standing when it may no longer trade: public registry data. */
function registration({ status }: Enterprise): FieldCheck {
  return status === 'active'
    ? { verdict: 'MATCH' }
    : { verdict: 'MATCH', reason: `registered, with the status "${status}"` };
}

/**
 * Compared by personal identification number, never by name. Without a declared representative
 * the applicant is taken to be the one: a dossier filed for an enterprise is, unless it says
 * otherwise, filed by the person who may legally act for it.
 */
export function compareLegalRepresentative(
  claims: EnterpriseClaimsDto,
  applicantPersonalId: string,
  registeredPersonalId: string,
): FieldCheck {
  const declared = claims.legalRepresentativePersonalId;
  const whom = declared === undefined ? 'the applicant' : 'the declared person';
  return (declared ?? applicantPersonalId) === registeredPersonalId
    ? { verdict: 'MATCH', reason: `${whom} is the registered legal representative` }
    : { verdict: 'MISMATCH', reason: `the registered legal representative is not ${whom}` };
}

function fieldsOf(
  claims: EnterpriseClaimsDto,
  applicantPersonalId: string,
  enterprise: Enterprise,
): Partial<Record<EnterpriseField, FieldCheck>> {
  const { vietnamese, foreign, short } = enterprise.names;
  const registeredNames = [vietnamese, foreign, short].filter((name) => name !== undefined);
  return {
    enterpriseCode: registration(enterprise),
    ...(claims.name !== undefined && { name: compareWithAnyName(claims.name, registeredNames) }),
    legalRepresentative: compareLegalRepresentative(
      claims,
      applicantPersonalId,
      enterprise.legalRepresentative.personalId,
    ),
  };
}

function declaredFields(claims: EnterpriseClaimsDto): EnterpriseField[] {
  return claims.name === undefined
    ? ['enterpriseCode', 'legalRepresentative']
    : ['enterpriseCode', 'name', 'legalRepresentative'];
}

/** The declared enterprise against the business registry (enterprise.lookup). */
export async function checkEnterprise(
  ask: AskSource,
  claims: EnterpriseClaimsDto,
  applicantPersonalId: string,
): Promise<ClaimCheck<EnterpriseField>> {
  const reply = await ask<Enterprise>(
    'business-registry',
    BusinessRegistryOperation.EnterpriseLookup,
    claims.enterpriseCode,
    { enterpriseCode: claims.enterpriseCode },
  );
  if (!reply.ok) return unansweredClaim('business-registry', declaredFields(claims), reply.error);
  return answeredClaim(
    'business-registry',
    reply.meta.fetchedAt,
    fieldsOf(claims, applicantPersonalId, reply.data),
  );
}

/** An enterprise the applicant acts for, when declared: the business registry's record of it. */
export const enterpriseClaim: ClaimChecker<
  'enterprise',
  EnterpriseClaimsDto,
  EnterpriseField,
  false
> = {
  part: {
    name: 'enterprise',
    required: false,
    type: EnterpriseClaimsDto,
    api: {
      description: 'An enterprise the applicant acts for, checked against the business registry',
    },
  },
  source: 'business-registry',
  operations: [BusinessRegistryOperation.EnterpriseLookup],
  result: { model: EnterpriseCheckModel, description: 'Against the business registry' },
  check: (ask, claims, request) =>
    checkEnterprise(ask, claims, partOf(applicantClaim, request).personalId),
};

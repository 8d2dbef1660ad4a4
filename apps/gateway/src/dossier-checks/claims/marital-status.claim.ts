import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  CivilStatusOperation,
  ClaimCheck,
  DECLARABLE_MARITAL_STATUSES,
  FieldCheck,
  MaritalStatus,
  MaritalStatusRecord,
} from '@interop/contracts';
import { applicantClaim } from './applicant.claim';
import { ClaimChecker, partOf } from './claim-checker';
import { ClaimCheckModel, FieldCheckModel } from './claim-check.model';
import { answeredClaim, AskSource, unansweredClaim } from './source-answers';

export type MaritalStatusField = 'maritalStatus';

class MaritalStatusFieldsModel implements Partial<Record<MaritalStatusField, FieldCheck>> {
  @ApiPropertyOptional({ type: FieldCheckModel })
  maritalStatus?: FieldCheck;
}

class MaritalStatusCheckModel extends ClaimCheckModel implements ClaimCheck<MaritalStatusField> {
  @ApiProperty({ type: MaritalStatusFieldsModel })
  fields: MaritalStatusFieldsModel;
}

/** A declared marital status against the register's; `unknown` there is no answer, not a conflict. */
export function compareMaritalStatus(
  claimed: MaritalStatus,
  registered: MaritalStatus,
): FieldCheck {
  if (registered === 'unknown') {
    return {
      verdict: 'NOT_FOUND',
      reason: 'the civil-status register does not establish a marital status',
    };
  }
  return claimed === registered
    ? { verdict: 'MATCH' }
    : { verdict: 'MISMATCH', reason: 'the civil-status register records another marital status' };
}

/** The declared marital status against the civil-status register (marital-status.lookup). */
export async function checkMaritalStatus(
  ask: AskSource,
  personalId: string,
  claimed: MaritalStatus,
): Promise<ClaimCheck<MaritalStatusField>> {
  const reply = await ask<MaritalStatusRecord>(
    'civil-status',
    CivilStatusOperation.MaritalStatusLookup,
    personalId,
    { personalId },
  );
  if (!reply.ok) return unansweredClaim('civil-status', ['maritalStatus'], reply.error);
  return answeredClaim('civil-status', reply.meta.fetchedAt, {
    maritalStatus: compareMaritalStatus(claimed, reply.data.maritalStatus),
  });
}

/** The applicant's marital status, when declared: the civil-status register's, of their id. */
export const maritalStatusClaim: ClaimChecker<
  'maritalStatus',
  MaritalStatus,
  MaritalStatusField,
  false
> = {
  part: {
    name: 'maritalStatus',
    required: false,
    rules: [IsIn(DECLARABLE_MARITAL_STATUSES)],
    api: {
      enum: DECLARABLE_MARITAL_STATUSES,
      description:
        "The applicant's declared marital status, checked against the civil-status register",
    },
  },
  source: 'civil-status',
  operations: [CivilStatusOperation.MaritalStatusLookup],
  result: { model: MaritalStatusCheckModel, description: 'Against civil status' },
  check: (ask, claimed, request) =>
    checkMaritalStatus(ask, partOf(applicantClaim, request).personalId, claimed),
};

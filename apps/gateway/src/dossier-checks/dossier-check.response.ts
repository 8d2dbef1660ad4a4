import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ApplicantField,
  CLAIM_VERDICTS,
  ClaimCheck,
  ClaimVerdict,
  DossierCheckClaims,
  DossierCheckResult,
  EnterpriseField,
  ErrorCode,
  FieldCheck,
  MaritalStatusField,
  NAME_DIFFERENCES,
  NameDifference,
  OVERALL_VERDICTS,
  OverallVerdict,
  SOURCES,
  SourceName,
} from '@interop/contracts';

// OpenAPI shapes of the result document; `implements` keeps them in step with libs/contracts.

class FieldCheckModel implements FieldCheck {
  @ApiProperty({ enum: CLAIM_VERDICTS })
  verdict: ClaimVerdict;

  @ApiPropertyOptional({
    example: 'differs from the registered name only in diacritics',
    description: 'What differs, or how a loose MATCH was reached; never the registered value',
  })
  reason?: string;

  @ApiPropertyOptional({
    enum: NAME_DIFFERENCES,
    description: 'For a name: the kind of difference',
  })
  difference?: NameDifference;
}

class ApplicantFieldsModel implements Partial<Record<ApplicantField, FieldCheck>> {
  @ApiPropertyOptional({ type: FieldCheckModel })
  fullName?: FieldCheck;
  @ApiPropertyOptional({ type: FieldCheckModel })
  dateOfBirth?: FieldCheck;
  @ApiPropertyOptional({ type: FieldCheckModel })
  gender?: FieldCheck;
  @ApiPropertyOptional({ type: FieldCheckModel })
  permanentAddress?: FieldCheck;
}

class MaritalStatusFieldsModel implements Partial<Record<MaritalStatusField, FieldCheck>> {
  @ApiPropertyOptional({ type: FieldCheckModel })
  maritalStatus?: FieldCheck;
}

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

class ClaimCheckModel {
  @ApiProperty({ enum: SOURCES })
  source: SourceName;

  @ApiProperty({ enum: CLAIM_VERDICTS, description: 'The worst of its fields' })
  verdict: ClaimVerdict;

  @ApiPropertyOptional({
    example: '2026-06-01T08:30:00.000Z',
    description: "When the source's data was read; absent when it did not answer",
  })
  fetchedAt?: string;

  @ApiPropertyOptional({ description: 'Why the claim is NOT_FOUND or UNAVAILABLE' })
  reason?: string;

  @ApiPropertyOptional({ enum: Object.values(ErrorCode), description: "The source's error" })
  errorCode?: ErrorCode;
}

class ApplicantCheckModel extends ClaimCheckModel implements ClaimCheck<ApplicantField> {
  @ApiProperty({ type: ApplicantFieldsModel, description: 'One verdict per declared field' })
  fields: ApplicantFieldsModel;
}

class MaritalStatusCheckModel extends ClaimCheckModel implements ClaimCheck<MaritalStatusField> {
  @ApiProperty({ type: MaritalStatusFieldsModel })
  fields: MaritalStatusFieldsModel;
}

class EnterpriseCheckModel extends ClaimCheckModel implements ClaimCheck<EnterpriseField> {
  @ApiProperty({ type: EnterpriseFieldsModel })
  fields: EnterpriseFieldsModel;
}

class DossierCheckClaimsModel implements DossierCheckClaims {
  @ApiProperty({ type: ApplicantCheckModel, description: 'Against the population database' })
  applicant: ApplicantCheckModel;

  @ApiPropertyOptional({ type: MaritalStatusCheckModel, description: 'Against civil status' })
  maritalStatus?: MaritalStatusCheckModel;

  @ApiPropertyOptional({ type: EnterpriseCheckModel, description: 'Against the business registry' })
  enterprise?: EnterpriseCheckModel;
}

export class DossierCheckResultModel implements DossierCheckResult {
  @ApiProperty({ example: 'HS-2026-000123' })
  dossierId: string;

  @ApiProperty({ example: '1.001234' })
  procedureCode: string;

  @ApiProperty({
    enum: OVERALL_VERDICTS,
    description:
      'VERIFIED: every claim matches. DISCREPANCIES: a claim does not match or its subject is ' +
      'unknown, whatever else happened. INCOMPLETE: nothing contradicts, but a source did not answer.',
  })
  verdict: OverallVerdict;

  @ApiProperty({ example: '2026-06-01T08:30:00.120Z' })
  checkedAt: string;

  @ApiProperty({ type: DossierCheckClaimsModel })
  claims: DossierCheckClaimsModel;
}

class DossierCheckMetaModel {
  @ApiProperty({ description: 'X-Request-Id of the request' })
  requestId: string;

  @ApiProperty({ description: 'How long the check took, in milliseconds' })
  durationMs: number;
}

export class DossierCheckResponseModel {
  @ApiProperty({ type: DossierCheckResultModel })
  data: DossierCheckResultModel;

  @ApiProperty({ type: DossierCheckMetaModel })
  meta: DossierCheckMetaModel;
}

export interface DossierCheckResponse {
  data: DossierCheckResult;
  meta: { requestId: string; durationMs: number };
}

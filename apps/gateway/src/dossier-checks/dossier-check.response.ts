import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DossierCheckResult, OVERALL_VERDICTS, OverallVerdict } from '@interop/contracts';
import { ClaimChecker } from './claims/claim-checker';
import { DossierCheckClaims, DOSSIER_CLAIMS } from './claims/dossier-claims';

// OpenAPI shapes of the result document; `implements` keeps them in step with libs/contracts.

/** The OpenAPI model of `claims`: one property per checker, by its part's name. */
export function DossierCheckClaimsModelOf(checkers: readonly ClaimChecker[]): Type<object> {
  class DossierCheckClaimsOfCheckers {}
  for (const { part, result } of checkers) {
    const property = ApiProperty({
      type: result.model,
      description: result.description,
      required: part.required,
    });
    property(DossierCheckClaimsOfCheckers.prototype, part.name);
  }
  return DossierCheckClaimsOfCheckers;
}

class DossierCheckClaimsModel extends DossierCheckClaimsModelOf(DOSSIER_CLAIMS) {}

export class DossierCheckResultModel implements DossierCheckResult<DossierCheckClaims> {
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
  claims: DossierCheckClaims;
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
  data: DossierCheckResult<DossierCheckClaims>;
  meta: { requestId: string; durationMs: number };
}

import { ClaimVerdict, FieldCheck, OverallVerdict } from '@interop/contracts';

/** What a clerk must act on first: a contradiction, then an unknown subject, then a gap. */
const SEVERITY: readonly ClaimVerdict[] = ['MISMATCH', 'NOT_FOUND', 'UNAVAILABLE', 'MATCH'];

/** The worst of the field verdicts; a claim with no field checked is UNAVAILABLE. */
export function claimVerdict(fields: readonly FieldCheck[]): ClaimVerdict {
  if (fields.length === 0) return 'UNAVAILABLE';
  return SEVERITY.find((verdict) => fields.some((field) => field.verdict === verdict))!;
}

/**
 * DISCREPANCIES as soon as any claim is contradicted or its subject unknown, even if another
 * source did not answer: asking the applicant is needed either way. INCOMPLETE when nothing
 * contradicts the dossier but something could not be checked; VERIFIED when everything matches.
 */
export function overallVerdict(claims: readonly ClaimVerdict[]): OverallVerdict {
  if (claims.some((verdict) => verdict === 'MISMATCH' || verdict === 'NOT_FOUND')) {
    return 'DISCREPANCIES';
  }
  return claims.every((verdict) => verdict === 'MATCH') ? 'VERIFIED' : 'INCOMPLETE';
}

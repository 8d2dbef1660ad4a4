import { applicantClaim } from './applicant.claim';
import { ClaimsOf } from './claim-checker';
import { enterpriseClaim } from './enterprise.claim';
import { maritalStatusClaim } from './marital-status.claim';

/**
 * Every claim a dossier check knows, in the order of the request, the result and the OpenAPI
 * document. A new source's claim is one file here, and one entry in this list.
 */
export const DOSSIER_CLAIMS = [applicantClaim, maritalStatusClaim, enterpriseClaim] as const;

/** The sources the registered claims ask, each once, in the order of the claims. */
export const DOSSIER_CLAIM_SOURCES = [...new Set(DOSSIER_CLAIMS.map(({ source }) => source))];

/** A check's claims, as the registered checkers type them. */
export type DossierCheckClaims = ClaimsOf<typeof DOSSIER_CLAIMS>;

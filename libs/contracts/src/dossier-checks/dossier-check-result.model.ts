import { ErrorCode } from '../errors/error-code';
import { SourceName } from '../kafka/sources';

/**
 * The answer to a dossier check: verdicts, never the records behind them. A reason may say how
 * a claim differs (only in diacritics, another commune of the same province), never what the
 * register holds.
 */
export const OVERALL_VERDICTS = ['VERIFIED', 'DISCREPANCIES', 'INCOMPLETE'] as const;
/**
 * VERIFIED: every claim matches. DISCREPANCIES: at least one claim does not match or its subject
 * is unknown to the source, whatever else happened. INCOMPLETE: nothing contradicts the dossier,
 * but a source could not answer.
 */
export type OverallVerdict = (typeof OVERALL_VERDICTS)[number];

export const CLAIM_VERDICTS = ['MATCH', 'MISMATCH', 'NOT_FOUND', 'UNAVAILABLE'] as const;
/** NOT_FOUND: the source has no record of the subject. UNAVAILABLE: it could not be asked. */
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

/** How two names differ, for a dossier core that decides what to accept on its own. */
export const NAME_DIFFERENCES = [
  'tone-mark-placement',
  'diacritics',
  'name-part-missing',
  'word-order',
  'different',
] as const;
export type NameDifference = (typeof NAME_DIFFERENCES)[number];

export interface FieldCheck {
  verdict: ClaimVerdict;
  /** Why it is not a plain MATCH: what differs, or how a loose MATCH was reached. */
  reason?: string;
  /** For a name that does not match: the kind of difference. */
  difference?: NameDifference;
}

export interface ClaimCheck<Field extends string> {
  source: SourceName;
  /** The worst of the claim's field verdicts: MISMATCH, then NOT_FOUND, then UNAVAILABLE. */
  verdict: ClaimVerdict;
  /** ISO timestamp of when the source's data was read; absent when the source did not answer. */
  fetchedAt?: string;
  /** Why the claim as a whole is NOT_FOUND or UNAVAILABLE. */
  reason?: string;
  /** The source's error, when it answered one (UNAVAILABLE, NOT_FOUND). */
  errorCode?: ErrorCode;
  /** One verdict per declared field. */
  fields: Partial<Record<Field, FieldCheck>>;
}

/** A check's claims, each by the name of its part of the request (`applicant`...). */
export type ClaimChecks = Readonly<Record<string, ClaimCheck<string>>>;

export interface DossierCheckResult<Claims extends object = ClaimChecks> {
  dossierId: string;
  procedureCode: string;
  verdict: OverallVerdict;
  /** ISO timestamp of when the check was completed. */
  checkedAt: string;
  /** One check per part the request declares. */
  claims: Claims;
}

/** `meta` of a check's reply envelope on Kafka: the sources and times are inside the document. */
export interface DossierCheckReplyMeta {
  /** Whether the answer is that of an earlier delivery of the same check request. */
  cached: boolean;
  /** How long the check took, in milliseconds. */
  durationMs: number;
}

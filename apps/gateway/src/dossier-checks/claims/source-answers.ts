import {
  ClaimCheck,
  ClaimVerdict,
  ErrorCode,
  FieldCheck,
  Reply,
  ReplyError,
  SourceName,
} from '@interop/contracts';
import { claimVerdict } from '../comparison/verdicts';

/** Asks one source on behalf of the check, within its deadline; always answers with a reply. */
export type AskSource = <T>(
  source: SourceName,
  operation: string,
  key: string,
  payload: object,
) => Promise<Reply<T>>;

/** A claim whose source answered: its verdict follows from its fields'. */
export function answeredClaim<Field extends string>(
  source: SourceName,
  fetchedAt: string,
  fields: Partial<Record<Field, FieldCheck>>,
): ClaimCheck<Field> {
  const checked = Object.values(fields).filter((field): field is FieldCheck => field !== undefined);
  const verdict = claimVerdict(checked);
  return { source, verdict, fetchedAt, fields };
}

/**
 * A claim whose source answered with an error: NOT_FOUND says the source does not know the
 * subject; anything else leaves every field UNAVAILABLE, with the source's code.
 */
export function unansweredClaim<Field extends string>(
  source: SourceName,
  fieldNames: readonly Field[],
  error: Pick<ReplyError, 'code' | 'message'>,
): ClaimCheck<Field> {
  const notFound = error.code === ErrorCode.NotFound;
  const verdict: ClaimVerdict = notFound ? 'NOT_FOUND' : 'UNAVAILABLE';
  const reason = notFound ? `The ${source} database has no record of it` : error.message;
  const fields: Partial<Record<Field, FieldCheck>> = {};
  for (const name of fieldNames) fields[name] = { verdict };
  return { source, verdict, reason, errorCode: error.code, fields };
}

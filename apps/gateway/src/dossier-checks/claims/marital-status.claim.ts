import {
  CivilStatusOperation,
  ClaimCheck,
  MaritalStatus,
  MaritalStatusField,
  MaritalStatusRecord,
} from '@interop/contracts';
import { compareMaritalStatus } from '../comparison/marital-status-comparison';
import { answeredClaim, AskSource, unansweredClaim } from './source-answers';

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

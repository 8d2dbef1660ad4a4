import { FieldCheck, MaritalStatus } from '@interop/contracts';

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

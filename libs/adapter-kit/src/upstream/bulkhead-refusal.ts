import { ErrorCode } from '@interop/contracts';
import { AttemptFailure } from './attempt-failure';
import { Refusal } from './bulkhead';
import { deadlineFailure } from './classify-failure';

/**
 * What a call refused by the bulkhead answers. A full queue is an overload of this adapter, not a
 * fault of the upstream: it is not retried (that would only queue again) and leaves the circuit
 * alone; the requester may try again later.
 */
export function bulkheadRefusal(reason: Refusal, upstream: string): AttemptFailure {
  if (reason === 'deadline-passed') return deadlineFailure(upstream);
  return {
    ok: false,
    code: ErrorCode.RateLimited,
    message: `too many calls to ${upstream} are already in flight or waiting; try again later`,
    details: { upstream },
  };
}

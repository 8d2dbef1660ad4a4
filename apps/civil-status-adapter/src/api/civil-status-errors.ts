import { ErrorCode } from '@interop/contracts';
import { upstreamErrorTable } from '@interop/adapter-kit';

/**
 * What the civil-status API's statuses mean; 401 (the token renewed), 429 and 5xx are the kit's.
 * What the database still refuses of a query the gateway checked against the contract is the
 * caller's to correct: VALIDATION_FAILED, not a bug of ours.
 */
export const CIVIL_STATUS_ERRORS = upstreamErrorTable({
  upstream: 'the civil-status database',
  http: {
    400: ErrorCode.ValidationFailed,
    403: {
      code: ErrorCode.Forbidden,
      message: 'the civil-status database refused this client access',
    },
    404: ErrorCode.NotFound,
  },
});

import { ErrorCode } from '@interop/contracts';
import { Fields, UpstreamError, upstreamErrorTable } from '@interop/adapter-kit';
import { RegistryErrorCode } from './registry-api.contract';

const API_KEY_REFUSED: UpstreamError = {
  code: ErrorCode.Forbidden,
  message: "the business registry rejected the gateway's API key",
};

/**
 * What the registry's statuses and error codes (`maLoi`) mean. 429 and 5xx mean what they mean
 * for every upstream; a 404 without the registry's own code is a wrong URL, not an enterprise
 * that does not exist. What the registry still refuses of a query the gateway checked against
 * the contract is the caller's to correct: VALIDATION_FAILED, not a bug of ours.
 */
export const REGISTRY_ERRORS = upstreamErrorTable({
  upstream: 'the business registry',
  faultCodeOf: (body) => Fields.ofJson(body, 'loi').optionalText('maLoi'),
  http: {
    400: ErrorCode.ValidationFailed,
    401: API_KEY_REFUSED,
    403: API_KEY_REFUSED,
  },
  faults: {
    [RegistryErrorCode.authentication]: API_KEY_REFUSED,
    [RegistryErrorCode.invalidRequest]: ErrorCode.ValidationFailed,
    [RegistryErrorCode.notFound]: {
      code: ErrorCode.NotFound,
      message: 'the business registry holds no enterprise with this code',
    },
  },
});

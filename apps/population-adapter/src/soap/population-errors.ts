import { ErrorCode } from '@interop/contracts';
import { SoapFaultClass, upstreamErrorTable } from '@interop/adapter-kit';
import { FaultCode } from './population-soap.contract';

/**
 * What the population database's answers mean. SOAP 1.1 answers every fault with HTTP 500, so
 * 500 is an answer to read, and its fault's MaLoi says what failed. What the database still
 * refuses of a query the gateway checked against the contract (a name it cannot take, say) is
 * the caller's to correct: VALIDATION_FAILED, not a bug of ours.
 */
export const POPULATION_ERRORS = upstreamErrorTable({
  upstream: 'the population database',
  answers: [200, 500],
  faults: {
    [FaultCode.authentication]: {
      code: ErrorCode.Forbidden,
      message: 'the population database rejected the gateway credentials',
    },
    [FaultCode.quotaExceeded]: ErrorCode.RateLimited,
    [FaultCode.systemError]: ErrorCode.SourceUnavailable,
    [FaultCode.invalidRequest]: ErrorCode.ValidationFailed,
    [SoapFaultClass.client]: ErrorCode.Internal,
    [SoapFaultClass.server]: ErrorCode.SourceUnavailable,
  },
});

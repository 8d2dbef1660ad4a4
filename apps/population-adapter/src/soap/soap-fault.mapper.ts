import { ErrorCode } from '@interop/contracts';
import { codeIn, FaultCode } from './population-soap.contract';
import { SoapOutcome } from './soap-codec.types';
import { isElement, XmlElement } from './soap-xml';

const KNOWN_FAULTS: Readonly<Record<string, { code: ErrorCode; message: string }>> = {
  [FaultCode.authentication]: {
    code: ErrorCode.Forbidden,
    message: 'The population database rejected the gateway credentials',
  },
  [FaultCode.quotaExceeded]: {
    code: ErrorCode.RateLimited,
    message: 'The population database quota for this requester is exhausted',
  },
  [FaultCode.systemError]: {
    code: ErrorCode.SourceUnavailable,
    message: 'The population database reported a system error',
  },
  // The gateway checked the input against the contract; what the database still refuses is the
  // caller's to correct (a name it cannot take, say), so it is a 400 and not a bug of ours.
  [FaultCode.invalidRequest]: {
    code: ErrorCode.ValidationFailed,
    message: 'The population database refused the request as malformed',
  },
};

const UNKNOWN_CLIENT_FAULT = {
  code: ErrorCode.Internal,
  message: 'The population database rejected the request',
};
const UNKNOWN_SERVER_FAULT = {
  code: ErrorCode.SourceUnavailable,
  message: 'The population database failed',
};

/**
 * A SOAP Fault as an outcome. The message is the gateway's own, with the upstream's code:
 * a real service's faultstring may quote the personal data it was sent.
 */
export function faultOutcome(fault: XmlElement): SoapOutcome<never> {
  const detail = isElement(fault.detail) ? fault.detail.LoiDichVu : undefined;
  const upstreamCode = isElement(detail) && typeof detail.MaLoi === 'string' ? detail.MaLoi : '';
  const known = codeIn(KNOWN_FAULTS, upstreamCode);
  if (known) {
    return { kind: 'fault', code: known.code, message: `${known.message} (${upstreamCode})` };
  }
  const faultcode = typeof fault.faultcode === 'string' ? fault.faultcode : '';
  // Without a code we know, SOAP's own says whose fault it is: Client is ours, Server theirs.
  const { code, message } = /(^|:)Client(\.|$)/.test(faultcode)
    ? UNKNOWN_CLIENT_FAULT
    : UNKNOWN_SERVER_FAULT;
  return { kind: 'fault', code, message };
}

import { ErrorCode } from '@interop/contracts';
import {
  fail,
  Outcome,
  ResponseReader,
  succeed,
  UpstreamRequest,
  UpstreamResponse,
} from '@interop/adapter-kit';
import { SOAP_CONTENT_TYPE, SoapOutcome } from './soap';

/** The population database's single SOAP endpoint, below its base URL. */
export const SOAP_PATH = '/population/soap';

/** SOAP 1.1 answers with 200, and with 500 for every fault, business faults included. */
const SOAP_STATUSES = new Set([200, 500]);

export function soapRequest(soapAction: string, envelope: string): UpstreamRequest {
  return {
    method: 'POST',
    url: SOAP_PATH,
    headers: { 'Content-Type': SOAP_CONTENT_TYPE, SOAPAction: soapAction },
    data: envelope,
    responseType: 'text',
  };
}

/** Reads a SOAP answer with the codec's parser and maps it to the kit's outcome. */
export function readSoapResponse<T>(parse: (xml: string) => SoapOutcome<T>): ResponseReader<T> {
  return (response: UpstreamResponse) =>
    SOAP_STATUSES.has(response.status)
      ? fromSoapOutcome(parse(String(response.data)))
      : fail(
          ErrorCode.UpstreamInvalidResponse,
          `the population database answered HTTP ${response.status}, which SOAP does not use`,
          { status: response.status },
        );
}

export function fromSoapOutcome<T>(outcome: SoapOutcome<T>): Outcome<T> {
  switch (outcome.kind) {
    case 'ok':
      return succeed(outcome.value);
    case 'not-found':
      return fail(
        ErrorCode.NotFound,
        'the population database holds no citizen matching the query',
      );
    case 'fault':
      return fail(outcome.code, outcome.message);
    case 'invalid':
      return fail(
        ErrorCode.UpstreamInvalidResponse,
        'the population database answered something that fails validation',
        { reason: outcome.reason },
      );
  }
}

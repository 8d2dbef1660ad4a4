import { ErrorCode } from '@interop/contracts';
import {
  fail,
  Outcome,
  readAnswer,
  ResponseReader,
  soapRequest as kitSoapRequest,
  succeed,
  UpstreamRequest,
} from '@interop/adapter-kit';
import { SoapOutcome } from './soap';
// Not through the codec's index, which the adapter's spec replaces with a fake codec.
import { POPULATION_ERRORS } from './soap/population-errors';

/** The population database's single SOAP endpoint, below its base URL. */
export const SOAP_PATH = '/population/soap';

export function soapRequest(soapAction: string, envelope: string): UpstreamRequest {
  return kitSoapRequest(SOAP_PATH, soapAction, envelope);
}

/** Reads a SOAP answer (200, or a fault's 500) with the codec's parser, as the kit's outcome. */
export function readSoapResponse<T>(parse: (xml: string) => SoapOutcome<T>): ResponseReader<T> {
  return readAnswer(POPULATION_ERRORS, (response) => fromSoapOutcome(parse(String(response.data))));
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

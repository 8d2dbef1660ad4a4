export { SOAP_ACTION } from './population-soap.contract';
export type { PopulationCredentials, PurposeOfUse, SoapOutcome } from './soap-codec.types';
export {
  buildConnectionCheckEnvelope,
  buildLookupEnvelope,
  buildVerifyEnvelope,
} from './soap-envelope.builder';
export {
  parseConnectionCheckResponse,
  parseLookupResponse,
  parseVerifyResponse,
} from './soap-response.parser';

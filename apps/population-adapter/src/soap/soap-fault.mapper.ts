import { Fields, soapFaultClassOf, XmlElement } from '@interop/adapter-kit';
import { POPULATION_ERRORS } from './population-errors';
import { SoapOutcome } from './soap-codec.types';

/**
 * A SOAP Fault as an outcome, by its detail's MaLoi or, for a code the table does not know, by
 * SOAP's own faultcode: Client is ours, Server theirs. The message is the gateway's own, with
 * the upstream's code: a real service's faultstring may quote the personal data it was sent.
 */
export function faultOutcome(element: XmlElement): SoapOutcome<never> {
  const fault = Fields.ofXml(element, 'Fault');
  const upstreamCode = fault
    .optionalChild('detail')
    ?.optionalChild('LoiDichVu')
    ?.optionalText('MaLoi');
  const soapClass = soapFaultClassOf(element);
  const failure =
    (upstreamCode && POPULATION_ERRORS.faultOf(upstreamCode)) ||
    POPULATION_ERRORS.faultOf(soapClass)!;
  return { kind: 'fault', code: failure.code, message: failure.message };
}

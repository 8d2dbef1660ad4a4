import { Citizen, CitizenVerification, FieldVerdict } from '@interop/contracts';
import { Fields, isXmlElement, readSoapBody, XmlElement } from '@interop/adapter-kit';
import { mapCitizen } from './citizen.mapper';
import { Operation, ResultCode } from './population-soap.contract';
import { SoapOutcome } from './soap-codec.types';
import { faultOutcome } from './soap-fault.mapper';

export function parseLookupResponse(xml: string): SoapOutcome<Citizen> {
  return parseResult(xml, Operation.lookup, (result) => {
    const citizen = result.CongDan;
    if (!isXmlElement(citizen)) return invalid('TraCuuThongTinCongDanResult.CongDan is missing');
    const mapped = mapCitizen(citizen);
    return mapped.ok ? { kind: 'ok', value: mapped.value } : invalid(mapped.problems.join('; '));
  });
}

export function parseVerifyResponse(xml: string): SoapOutcome<CitizenVerification> {
  return parseResult(xml, Operation.verify, (result) => {
    const fields = Fields.ofXml(result, `${Operation.verify}Result`);
    const verdicts = fields.child('KetQuaXacThuc');
    const fullName = verdictOf(verdicts.boolean('HoVaTen'));
    const dateOfBirth = verdictOf(verdicts.boolean('NgayThangNamSinh'));
    const verified = fullName === 'MATCH' && dateOfBirth === 'MATCH';
    const mapped = fields.result({ verified, fields: { fullName, dateOfBirth } });
    return mapped.ok ? { kind: 'ok', value: mapped.value } : invalid(mapped.problems.join('; '));
  });
}

export function parseConnectionCheckResponse(xml: string): SoapOutcome<true> {
  return parseResult(xml, Operation.connectionCheck, () => ({ kind: 'ok', value: true }));
}

/**
 * What every answer shares: a SOAP envelope whose Body holds a Fault or `<OpResponse><OpResult>`
 * with MaKetQua. Only a success result is handed to `onSuccess`.
 */
function parseResult<T>(
  xml: string,
  operation: Operation,
  onSuccess: (result: XmlElement) => SoapOutcome<T>,
): SoapOutcome<T> {
  const read = readSoapBody(xml);
  if (!read.ok) return invalid(read.reason);
  if (isXmlElement(read.body.Fault)) return faultOutcome(read.body.Fault);
  const response = read.body[`${operation}Response`];
  const result = isXmlElement(response) ? response[`${operation}Result`] : undefined;
  if (!isXmlElement(result)) {
    return invalid(`Body does not hold ${operation}Response/${operation}Result`);
  }
  if (result.MaKetQua === ResultCode.success) return onSuccess(result);
  if (result.MaKetQua === ResultCode.notFound) return { kind: 'not-found' };
  return invalid(`${operation}Result.MaKetQua is missing or not a known result code`);
}

/** Each verdict is an xsd:boolean: whether the field matches the record. */
const verdictOf = (matches: boolean): FieldVerdict => (matches ? 'MATCH' : 'MISMATCH');

const invalid = (reason: string): SoapOutcome<never> => ({ kind: 'invalid', reason });

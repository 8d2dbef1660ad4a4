import { SimulatedResponse } from '../common/simulated-response';
import { SyntheticCitizen } from '../synthetic/synthetic-citizen';
import {
  parseSoapRequest,
  SoapRequest,
  soapResponse,
  textOf,
  XmlElement,
} from '../soap/soap-envelope';
import { citizenElement } from './citizen.xml-view';
import { IdentityVerdict, verifyIdentity } from './citizen-identity';
import { authenticationFault, PopulationCredentials } from './population-authentication';
import { invalidRequest } from './population-faults';
import { PopulationDirectory } from './population-directory';
import {
  IDENTITY_ELEMENTS,
  POPULATION_NAMESPACE,
  PopulationOperation,
  PURPOSE_ELEMENTS,
  ResultCode,
  soapActionOf,
} from './population-soap.contract';

export interface PopulationSoapHttpRequest {
  body: unknown;
  /** The SOAPAction HTTP header, quoted or not. */
  soapAction?: string;
}

export interface PopulationSoapContext {
  directory: PopulationDirectory;
  credentials: PopulationCredentials;
}

const SUCCESS = { MaKetQua: ResultCode.Success, MoTaKetQua: 'Thành công' };
const NOT_FOUND = {
  MaKetQua: ResultCode.NotFound,
  MoTaKetQua: 'Không tìm thấy thông tin công dân',
};
const OPERATIONS: readonly string[] = Object.values(PopulationOperation);

/**
 * The population database's SOAP endpoint as a pure function of the HTTP request, so that the
 * adapter's codec can be tested against it without a server.
 */
export function handlePopulationSoapRequest(
  http: PopulationSoapHttpRequest,
  context: PopulationSoapContext,
): SimulatedResponse {
  const parsed = parseSoapRequest(http.body);
  if (!parsed.ok) return invalidRequest(parsed.reason);
  const { request } = parsed;
  const authFault = authenticationFault(request.header, context.credentials);
  if (authFault) return authFault;
  if (!OPERATIONS.includes(request.operation)) {
    return invalidRequest('Thao tác không được hỗ trợ');
  }
  const operation = request.operation as PopulationOperation;
  if (unquote(http.soapAction) !== soapActionOf(operation)) {
    return invalidRequest('Tiêu đề SOAPAction không khớp với thao tác trong Body');
  }
  return operation === PopulationOperation.ConnectionCheck
    ? result(request, { MaKetQua: ResultCode.Success, MoTaKetQua: 'Kết nối thành công' })
    : identityOperation(operation, request, context.directory);
}

function identityOperation(
  operation: PopulationOperation,
  request: SoapRequest,
  directory: PopulationDirectory,
): SimulatedResponse {
  const { parameters } = request;
  const problem = identityRequestProblem(parameters);
  if (problem) return invalidRequest(problem);
  const citizen = directory.find(textOf(parameters, 'SoDinhDanh')!);
  if (!citizen) return result(request, NOT_FOUND);
  const verdict = verifyIdentity(citizen, {
    fullName: textOf(parameters, 'HoVaTen')!,
    birthDate: textOf(parameters, 'NgayThangNamSinh')!,
  });
  return result(
    request,
    operation === PopulationOperation.Verify
      ? verificationResult(verdict)
      : lookupResult(citizen, verdict),
  );
}

function verificationResult(verdict: IdentityVerdict) {
  return {
    ...SUCCESS,
    KetQuaXacThuc: { HoVaTen: verdict.fullName, NgayThangNamSinh: verdict.birthDate },
  };
}

/** A lookup reveals a record only to a caller who already knows who it is. */
function lookupResult(citizen: SyntheticCitizen, verdict: IdentityVerdict) {
  return verdict.fullName && verdict.birthDate
    ? { ...SUCCESS, CongDan: citizenElement(citizen) }
    : NOT_FOUND;
}

/** What is wrong with a lookup or verification request; never repeats the values sent. */
function identityRequestProblem(parameters: XmlElement): string | undefined {
  const missing = [...IDENTITY_ELEMENTS, ...PURPOSE_ELEMENTS].filter(
    (name) => textOf(parameters, name) === undefined,
  );
  if (missing.length > 0) return `Thiếu trường bắt buộc: ${missing.join(', ')}`;
  if (!/^\d{12}$/.test(textOf(parameters, 'SoDinhDanh')!)) {
    return 'SoDinhDanh phải gồm đúng 12 chữ số';
  }
  if (!/^(\d{8}|\d{4})$/.test(textOf(parameters, 'NgayThangNamSinh')!)) {
    return 'NgayThangNamSinh phải có dạng yyyyMMdd hoặc yyyy';
  }
  return undefined;
}

/** `<XResponse><XResult>…</XResult></XResponse>`, echoing the caller's transaction code. */
function result(request: SoapRequest, content: Record<string, unknown>): SimulatedResponse {
  const transaction = textOf(request.parameters, 'MaGiaoDich');
  return soapResponse({
    [`${request.operation}Response`]: {
      '@xmlns': POPULATION_NAMESPACE,
      [`${request.operation}Result`]: { ...content, MaGiaoDich: transaction },
    },
  });
}

const unquote = (value: string | undefined) => value?.trim().replace(/^"(.*)"$/, '$1');

import {
  POPULATION_NAMESPACE,
  soapActionOf,
  PopulationOperation,
} from '../population-soap.contract';

export const TEST_CREDENTIALS = { accessKey: 'test-access', secretKey: 'test-secret' };

/** A hand-written request envelope, independent of the adapter's codec. */
export function soapRequest(
  operation: PopulationOperation,
  parameters: Record<string, string>,
  credentials: { accessKey: string; secretKey: string } | null = TEST_CREDENTIALS,
) {
  const elements = Object.entries(parameters)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('');
  const header = credentials
    ? `<soap:Header><AuthHeader xmlns="${POPULATION_NAMESPACE}">` +
      `<AccessKey>${credentials.accessKey}</AccessKey><SecretKey>${credentials.secretKey}</SecretKey>` +
      `</AuthHeader></soap:Header>`
    : '';
  return {
    soapAction: `"${soapActionOf(operation)}"`,
    body:
      `<?xml version="1.0" encoding="utf-8"?>` +
      `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">${header}` +
      `<soap:Body><${operation} xmlns="${POPULATION_NAMESPACE}">${elements}</${operation}></soap:Body>` +
      `</soap:Envelope>`,
  };
}

export const PURPOSE = { MaDonVi: 'H40.01', MaCanBo: 'CB0001', MaThuTuc: '1.001234' };

import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { SimulatedResponse } from '../common/simulated-response';

export const SOAP_ENVELOPE_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** An element's content as the parser gives it: text, or child elements by local name. */
export type XmlNode = string | { [name: string]: XmlNode | XmlNode[] };
export type XmlElement = { [name: string]: XmlNode | XmlNode[] };

export interface SoapRequest {
  header: XmlElement;
  /** Local name of the single element in the Body: the operation called. */
  operation: string;
  parameters: XmlElement;
}

export type ParsedSoapRequest = { ok: true; request: SoapRequest } | { ok: false; reason: string };

/**
 * Prefixes are dropped (clients write soap:, s:, soapenv: alike) and values stay text: parsing
 * "0010..." as a number would lose the leading zeros identification numbers start with.
 */
const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  htmlEntities: true,
});

/** Indented, like most SOAP stacks' output: fixtures copied from it stay readable. */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  indentBy: '  ',
});

const isElement = (node: unknown): node is XmlElement =>
  typeof node === 'object' && node !== null && !Array.isArray(node);

export function parseSoapRequest(body: unknown): ParsedSoapRequest {
  if (typeof body !== 'string' || body.trim() === '') {
    return { ok: false, reason: 'Yêu cầu phải là thông điệp SOAP (Content-Type: text/xml)' };
  }
  // SOAP 1.1 forbids a DTD; refusing it also closes the door to entity expansion tricks.
  if (/<!DOCTYPE/i.test(body) || XMLValidator.validate(body) !== true) {
    return { ok: false, reason: 'Thông điệp không phải XML hợp lệ' };
  }
  const envelope = (parser.parse(body) as XmlElement).Envelope;
  if (
    !isElement(envelope) ||
    !isElement(envelope.Body) ||
    Object.keys(envelope.Body).length !== 1
  ) {
    return { ok: false, reason: 'Thông điệp phải có Envelope và Body chứa đúng một thao tác' };
  }
  const [operation] = Object.keys(envelope.Body);
  const parameters = envelope.Body[operation];
  return {
    ok: true,
    request: {
      header: isElement(envelope.Header) ? envelope.Header : {},
      operation,
      parameters: isElement(parameters) ? parameters : {},
    },
  };
}

/** The text of a child element, or undefined when it is absent, empty or not text. */
export function textOf(element: XmlElement, name: string): string | undefined {
  const value = element[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function childOf(element: XmlElement, name: string): XmlElement {
  const value = element[name];
  return isElement(value) ? value : {};
}

/** Serialises a SOAP 1.1 envelope whose Body holds `content` (element name → content). */
export function soapEnvelope(content: Record<string, unknown>): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    builder.build({
      'soap:Envelope': { '@xmlns:soap': SOAP_ENVELOPE_NAMESPACE, 'soap:Body': content },
    })
  );
}

export interface SoapFault {
  /** `soap:Client` when the request is at fault, `soap:Server` when the service is. */
  faultcode: 'soap:Client' | 'soap:Server';
  faultstring: string;
  detail?: Record<string, unknown>;
}

/** SOAP 1.1 over HTTP answers every fault with status 500. */
export function soapFaultResponse(fault: SoapFault): SimulatedResponse {
  return {
    status: 500,
    contentType: SOAP_CONTENT_TYPE,
    body: soapEnvelope({ 'soap:Fault': fault }),
  };
}

export function soapResponse(content: Record<string, unknown>): SimulatedResponse {
  return { status: 200, contentType: SOAP_CONTENT_TYPE, body: soapEnvelope(content) };
}

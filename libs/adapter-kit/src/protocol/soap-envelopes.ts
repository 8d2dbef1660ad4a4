import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { ErrorCode } from '@interop/contracts';
import { fail, Failure, succeed } from '../source-adapter/outcome';
import { ResponseReader, UpstreamRequest } from '../upstream/upstream-client';
import { Fields } from './fields';
import { Mapped } from './mapped';
import { UpstreamErrorTable } from './upstream-error-table';

export const SOAP_ENVELOPE_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** Parsed XML: an element is text, or its children by local name (repeated ones as arrays). */
export type XmlNode = string | XmlElement | XmlNode[];
export interface XmlElement {
  [name: string]: XmlNode;
}

export const isXmlElement = (node: unknown): node is XmlElement =>
  typeof node === 'object' && node !== null && !Array.isArray(node);

/**
 * Namespace prefixes are dropped (servers write soap:, s:, soapenv: alike) and values stay
 * text: identification numbers start with zeros that a number would lose.
 */
const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  htmlEntities: true,
});

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@' });

export type SoapBody = { ok: true; body: XmlElement } | { ok: false; reason: string };

/** The Body of a SOAP envelope, or why the text is not one. */
export function readSoapBody(xml: string): SoapBody {
  // SOAP forbids a DTD; refusing one also refuses entity-expansion tricks.
  if (/<!DOCTYPE/i.test(xml) || XMLValidator.validate(xml) !== true) {
    return { ok: false, reason: 'response is not well-formed XML' };
  }
  const envelope = (parser.parse(xml) as XmlElement).Envelope;
  if (!isXmlElement(envelope) || !isXmlElement(envelope.Body)) {
    return { ok: false, reason: 'response is not a SOAP envelope with a Body' };
  }
  return { ok: true, body: envelope.Body };
}

/** XML 1.0 cannot carry these characters at all, escaped or not. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as it goes on the wire: NFC, the form Vietnamese registers store, and only XML's characters. */
export const wireText = (text: string) => text.normalize('NFC').replace(NOT_XML_CHARACTERS, '');

/**
 * A SOAP 1.1 envelope with the given header and body content (element name → content, `@name`
 * for attributes). The builder escapes text, so values containing `&`, `<` or `>` cannot break
 * out of their elements.
 */
export function buildSoapEnvelope(
  header: Record<string, unknown>,
  body: Record<string, unknown>,
): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    builder.build({
      'soap:Envelope': {
        '@xmlns:soap': SOAP_ENVELOPE_NAMESPACE,
        'soap:Header': header,
        'soap:Body': body,
      },
    })
  );
}

/** A SOAP 1.1 call: the envelope POSTed to the endpoint, the operation named in SOAPAction. */
export function soapRequest(url: string, soapAction: string, envelope: string): UpstreamRequest {
  return {
    method: 'POST',
    url,
    headers: { 'Content-Type': SOAP_CONTENT_TYPE, SOAPAction: soapAction },
    data: envelope,
    responseType: 'text',
  };
}

/** SOAP's own fault classes, for a fault whose code the table does not know: whose fault it is. */
export const SoapFaultClass = { client: 'soap:Client', server: 'soap:Server' } as const;

/** A Fault's class by its faultcode, whatever its prefix (`s:Client.Authentication` is Client). */
export function soapFaultClassOf(
  fault: XmlElement,
): (typeof SoapFaultClass)[keyof typeof SoapFaultClass] {
  const faultcode = Fields.ofXml(fault, 'Fault').optionalText('faultcode') ?? '';
  return /(^|:)Client(\.|$)/.test(faultcode) ? SoapFaultClass.client : SoapFaultClass.server;
}

export interface SoapAnswerOptions {
  /**
   * What the upstream's statuses and fault codes mean; its `faultCodeOf` is given the Fault
   * element. It should list 500 among its `answers`: SOAP 1.1 sends every fault with HTTP 500.
   */
  errors: UpstreamErrorTable;
  /** What a query asks for, in a NOT_FOUND's message: `land title`. */
  record?: string;
}

/**
 * Reads a SOAP 1.1 upstream: an answer's Body through `map`, a Fault by its code in the error
 * table, or else by SOAP's class of it (Client: the gateway's request was wrong; Server: the
 * upstream failed). The body is asked for as text and parsed here, so that a body cut short is
 * told apart from an envelope.
 */
export function readSoapAnswer<T>(
  map: (body: Fields) => Mapped<T>,
  { errors, record }: SoapAnswerOptions,
): ResponseReader<T> {
  return ({ status, data }) => {
    if (!errors.isAnswer(status)) return errors.failureOf(status, undefined, record);
    const read = readSoapBody(typeof data === 'string' ? data : '');
    if (!read.ok) return errors.invalid([read.reason], 'something that is not a SOAP envelope');
    if (isXmlElement(read.body.Fault)) return soapFault(read.body.Fault, errors, record);
    const mapped = map(Fields.ofXml(read.body, 'Body'));
    return mapped.ok ? succeed(mapped.value) : errors.invalid(mapped.problems);
  };
}

function soapFault(fault: XmlElement, errors: UpstreamErrorTable, record?: string): Failure {
  const code = errors.faultCodeOf(fault);
  const known = code === undefined ? undefined : errors.faultOf(code, record);
  if (known) return known;
  const soapClass = soapFaultClassOf(fault);
  return (
    errors.faultOf(soapClass, record) ??
    (soapClass === SoapFaultClass.client
      ? fail(ErrorCode.Internal, `${errors.upstream} rejected the request (${soapClass})`)
      : fail(
          ErrorCode.SourceUnavailable,
          `${errors.upstream} reported a system error (${soapClass})`,
        ))
  );
}

import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { SOAP_ENVELOPE_NAMESPACE } from './population-soap.contract';

/** Parsed XML: an element is text, or its children by local name (repeated ones as arrays). */
export type XmlNode = string | XmlElement | XmlNode[];
export interface XmlElement {
  [name: string]: XmlNode;
}

export const isElement = (node: unknown): node is XmlElement =>
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
  if (!isElement(envelope) || !isElement(envelope.Body)) {
    return { ok: false, reason: 'response is not a SOAP envelope with a Body' };
  }
  return { ok: true, body: envelope.Body };
}

/** XML 1.0 cannot carry these characters at all, escaped or not. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as it goes on the wire: NFC, the form the population database stores. */
export const wireText = (text: string) => text.normalize('NFC').replace(NOT_XML_CHARACTERS, '');

/**
 * A SOAP 1.1 envelope with the given header and body content. The builder escapes text, so
 * names containing `&`, `<` or `>` cannot break out of their elements.
 */
export function buildEnvelope(header: Record<string, unknown>, body: Record<string, unknown>) {
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

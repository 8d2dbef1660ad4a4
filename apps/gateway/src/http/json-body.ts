import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';

/** The largest body any operation needs, with room to spare: a dossier check is ~1 kB. */
export const MAX_BODY_BYTES = 64 * 1024;
/** No contract nests deeper than four; anything past this is an attack on the parser. */
export const MAX_JSON_DEPTH = 16;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How deep the brackets of a JSON text nest, strings skipped, without parsing it. */
export function jsonDepth(bytes: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      deepest = Math.max(deepest, ++depth);
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
  return deepest;
}

/** An error the body parser hands on with its status and message, written for the client. */
function clientError(message: string): Error {
  return Object.assign(new Error(message), { status: 400, expose: true });
}

/**
 * Checks a JSON body's bytes before they are parsed: valid UTF-8 (the parser would silently put
 * U+FFFD in place of bad bytes) and no deeper than any contract, so that a hostile body is a
 * 400 and never work for the parser.
 */
export function checkJsonBytes(_request: IncomingMessage, _response: unknown, bytes: Buffer): void {
  if (!isUtf8(bytes)) throw clientError('The request body is not valid UTF-8');
  if (jsonDepth(bytes) > MAX_JSON_DEPTH) {
    throw clientError(`The request body nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

export const JSON_BODY_OPTIONS = { limit: MAX_BODY_BYTES, verify: checkJsonBytes };

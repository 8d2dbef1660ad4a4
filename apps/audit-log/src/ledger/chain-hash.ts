import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The `prev_hash` of the first row: 32 zero bytes. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The bytes an event is hashed as: RFC 8785 JSON canonicalisation (JCS) of the event as
 * received, in UTF-8. Keys sorted by UTF-16 code units, no whitespace, ECMAScript number form.
 */
export function canonicalEvent(event: object): string {
  const text = canonicalize(event);
  if (text === undefined) throw new TypeError('an audit event must be a JSON object');
  return text;
}

/** A row's hash: SHA-256(prev_hash as 32 raw bytes || canonical event as UTF-8), in hex. */
export function chainHash(prevHash: string, canonical: string): string {
  return createHash('sha256')
    .update(Buffer.from(prevHash, 'hex'))
    .update(canonical, 'utf8')
    .digest('hex');
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'igw';
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** `igw_<id>_<secret>`: the id names the policy entry, the secret is 256 random bits. */
const KEY = /^igw_([A-Za-z0-9]{8,32})_([A-Za-z0-9_-]{43})$/;
/** Compared against when the id is unknown, so that a known id takes no longer to refuse. */
const NO_KEY_HASH = createHash('sha256').update('no such key').digest();

/** What the policy holds of a key (no import of it: `npm run keys:new` compiles this file alone). */
export interface StoredApiKey {
  sha256: Buffer;
  /** Epoch milliseconds after which the key is refused. */
  expiresAt?: number;
}

export interface NewApiKey {
  key: string;
  id: string;
  sha256: string;
}

function randomId(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

export function sha256Hex(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key: shown once to its owner; the policy keeps only its id and hash. */
export function newApiKey(): NewApiKey {
  const id = randomId(12);
  const key = `${PREFIX}_${id}_${randomBytes(32).toString('base64url')}`;
  return { key, id, sha256: sha256Hex(key) };
}

/** The id part of a well-formed key, or undefined: nothing is looked up for a malformed one. */
export function apiKeyId(key: string): string | undefined {
  return KEY.exec(key)?.[1];
}

/**
 * Whether `key` is the one `record` holds the hash of, and still valid. With no record (an
 * unknown id) the same hash and comparison are made, so the answer takes as long.
 */
export function apiKeyMatches(
  key: string,
  record: StoredApiKey | undefined,
  now: number = Date.now(),
): boolean {
  const presented = createHash('sha256').update(key, 'utf8').digest();
  const equal = timingSafeEqual(presented, record?.sha256 ?? NO_KEY_HASH);
  const current = record?.expiresAt === undefined || now < record.expiresAt;
  return equal && record !== undefined && current;
}

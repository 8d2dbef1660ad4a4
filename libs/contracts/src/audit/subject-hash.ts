import { createHmac } from 'node:crypto';

/**
 * The subject of an audit event as a keyed hash: HMAC-SHA-256 of the identifier (a personal
 * identification number or an enterprise code, exactly as validated) under a secret the audit
 * log never holds, in lower-case hex. Anyone with the secret can find a subject's events; the
 * log alone reveals no number, and guessing through the small space of valid numbers needs the key.
 */
export function subjectHash(secret: string, identifier: string): string {
  return createHmac('sha256', secret).update(identifier, 'utf8').digest('hex');
}

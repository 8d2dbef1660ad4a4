import { createHash, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison, so that response timing does not leak the key. */
export function isAcceptedApiKey(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

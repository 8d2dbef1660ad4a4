import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([\da-f]{32})-([\da-f]{16})-([\da-f]{2})$/;
const ALL_ZEROS = /^0+$/;
const SAMPLED = '01';

function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/**
 * The W3C trace context of the gateway's own span: the caller's trace continues with a new
 * parent id; an absent or malformed traceparent starts a new trace, as the W3C spec requires.
 */
export function childTraceparent(incoming: unknown): string {
  const match = typeof incoming === 'string' ? TRACEPARENT.exec(incoming) : null;
  const valid = match !== null && !ALL_ZEROS.test(match[1]) && !ALL_ZEROS.test(match[2]);
  const traceId = valid ? match[1] : randomHex(16);
  const flags = valid ? match[3] : SAMPLED;
  return `00-${traceId}-${randomHex(8)}-${flags}`;
}

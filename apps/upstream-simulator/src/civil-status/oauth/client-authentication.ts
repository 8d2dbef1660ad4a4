import { createHash, timingSafeEqual } from 'node:crypto';

/** The client id and secret the civil-status service issued to a requesting agency. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export type PresentedClient =
  | { ok: true; client: ClientCredentials; viaBasic: boolean }
  | { ok: false; error: 'invalid_request' | 'invalid_client'; description: string };

/**
 * The client's credentials from a token request (RFC 6749 §2.3.1): HTTP Basic, with id and secret
 * form-encoded before base64, or `client_id` and `client_secret` in the body; never both.
 */
export function presentedClient(
  authorization: string | undefined,
  form: Record<string, unknown>,
): PresentedClient {
  const basic = /^Basic\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  const inBody = typeof form.client_id === 'string' || typeof form.client_secret === 'string';
  if (basic && inBody) {
    return invalid('invalid_request', 'Use one client authentication method, not two');
  }
  if (basic) return fromBasic(basic);
  if (typeof form.client_id === 'string' && typeof form.client_secret === 'string') {
    return {
      ok: true,
      client: { clientId: form.client_id, clientSecret: form.client_secret },
      viaBasic: false,
    };
  }
  return invalid('invalid_client', 'Client authentication is required');
}

/** Constant-time comparison, so that response timing does not leak the secret. */
export function sameClient(given: ClientCredentials, expected: ClientCredentials): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));
  return same(given.clientId, expected.clientId) && same(given.clientSecret, expected.clientSecret);
}

function fromBasic(encoded: string): PresentedClient {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return invalid('invalid_client', 'Malformed Basic credentials');
  const formDecode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
  try {
    return {
      ok: true,
      client: {
        clientId: formDecode(decoded.slice(0, colon)),
        clientSecret: formDecode(decoded.slice(colon + 1)),
      },
      viaBasic: true,
    };
  } catch {
    return invalid('invalid_client', 'Malformed Basic credentials');
  }
}

function invalid(
  error: 'invalid_request' | 'invalid_client',
  description: string,
): PresentedClient {
  return { ok: false, error, description };
}

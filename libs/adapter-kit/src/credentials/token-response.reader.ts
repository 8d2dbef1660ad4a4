import { ErrorCode } from '@interop/contracts';
import { fail, Outcome, succeed } from '../source-adapter/outcome';
import { UpstreamResponse } from '../upstream/upstream-client';

export interface IssuedToken {
  accessToken: string;
  /** Lifetime in seconds; absent when the server did not say, the token then lasting until refused. */
  expiresInSeconds?: number;
}

/**
 * RFC 6749 §5.2 errors that mean this client may not have a token: the gateway's credentials or
 * registration need fixing. The others (invalid_request, unsupported_grant_type) are our bug.
 */
const REFUSALS = new Set([
  'invalid_client',
  'unauthorized_client',
  'invalid_grant',
  'invalid_scope',
]);

/**
 * Reads a token endpoint's answer (RFC 6749 §5.1, §5.2). Messages and details never carry the
 * token, and never the server's error_description, which could quote what it was sent.
 */
export function readTokenResponse(response: UpstreamResponse): Outcome<IssuedToken> {
  const body = jsonObjectOf(response.data);
  if (response.status === 200) return issuedToken(body);
  const error = typeof body?.error === 'string' ? body.error : undefined;
  if ((response.status === 400 || response.status === 401) && error) {
    return REFUSALS.has(error)
      ? fail(ErrorCode.Forbidden, `the token endpoint refused the client (${error})`, {
          oauthError: error,
        })
      : fail(ErrorCode.Internal, `the token endpoint rejected the token request (${error})`, {
          oauthError: error,
        });
  }
  return invalid(`answered HTTP ${response.status}`, { status: response.status });
}

function issuedToken(body: Record<string, unknown> | undefined): Outcome<IssuedToken> {
  if (!body) return invalid('answered something that is not a JSON object');
  const { access_token: accessToken, token_type: tokenType, expires_in: expiresIn } = body;
  if (typeof accessToken !== 'string' || accessToken === '') return invalid('sent no access_token');
  if (typeof tokenType !== 'string' || tokenType.toLowerCase() !== 'bearer') {
    return invalid('sent a token that is not a bearer token');
  }
  if (expiresIn === undefined) return succeed({ accessToken });
  const seconds = Number(expiresIn);
  if (!Number.isFinite(seconds) || seconds <= 0) return invalid('sent an invalid expires_in');
  return succeed({ accessToken, expiresInSeconds: seconds });
}

function invalid(what: string, details?: unknown): Outcome<never> {
  return fail(ErrorCode.UpstreamInvalidResponse, `the token endpoint ${what}`, details);
}

function jsonObjectOf(data: unknown): Record<string, unknown> | undefined {
  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

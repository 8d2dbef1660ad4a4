import { SimulatedResponse } from '../../common/simulated-response';
import { jsonResponse } from '../civil-status-responses';
import { AccessTokens } from './access-tokens';
import { ClientCredentials, presentedClient, sameClient } from './client-authentication';

export interface TokenHttpRequest {
  authorization?: string;
  contentType?: string;
  /** The parsed form body. */
  body: unknown;
}

export interface TokenEndpointContext {
  client: ClientCredentials;
  tokens: AccessTokens;
}

/** Token answers must not be cached by anything on the way (RFC 6749 §5.1). */
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/**
 * The OAuth2 token endpoint, client credentials grant only (RFC 6749 §4.4), as a pure function of
 * the HTTP request so that its rules can be tested without a server.
 */
export function handleTokenRequest(
  http: TokenHttpRequest,
  context: TokenEndpointContext,
): SimulatedResponse {
  if (!/^application\/x-www-form-urlencoded\b/i.test(http.contentType ?? '')) {
    return oauthError(400, 'invalid_request', 'The body must be application/x-www-form-urlencoded');
  }
  const form = isForm(http.body) ? http.body : {};
  const presented = presentedClient(http.authorization, form);
  if (!presented.ok)
    return oauthError(
      presented.error === 'invalid_client' ? 401 : 400,
      presented.error,
      presented.description,
    );
  if (!sameClient(presented.client, context.client)) {
    const challenge = presented.viaBasic
      ? { 'WWW-Authenticate': 'Basic realm="civil-status"' }
      : undefined;
    return oauthError(401, 'invalid_client', 'Client authentication failed', challenge);
  }
  if (form.grant_type === undefined) {
    return oauthError(400, 'invalid_request', 'grant_type is required');
  }
  if (form.grant_type !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported');
  }
  const { accessToken, expiresIn } = context.tokens.issue();
  return jsonResponse(
    200,
    { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn },
    NO_STORE,
  );
}

function oauthError(
  status: number,
  error: string,
  description: string,
  headers?: Record<string, string>,
): SimulatedResponse {
  return jsonResponse(
    status,
    { error, error_description: description },
    { ...NO_STORE, ...headers },
  );
}

function isForm(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

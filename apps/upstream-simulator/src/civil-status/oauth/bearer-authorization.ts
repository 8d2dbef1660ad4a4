import { SimulatedResponse } from '../../common/simulated-response';
import { jsonResponse } from '../civil-status-responses';
import { AccessTokens, TokenVerdict } from './access-tokens';

const REALM = 'civil-status';
const BEARER = /^Bearer\s+(\S+)\s*$/i;

const REFUSALS: Record<Exclude<TokenVerdict, 'valid'>, string> = {
  unknown: 'The access token is not valid',
  expired: 'The access token expired',
  revoked: 'The access token was revoked',
};

/**
 * Checks the `Authorization: Bearer` header of a call to the API (RFC 6750): undefined when the
 * token is valid, else the 401 to answer, with a JSON body and a WWW-Authenticate challenge.
 */
export function bearerRefusal(
  authorization: string | string[] | undefined,
  tokens: AccessTokens,
): SimulatedResponse | undefined {
  const token = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
  if (!token) {
    return jsonResponse(
      401,
      { error: 'invalid_request', error_description: 'A bearer access token is required' },
      { 'WWW-Authenticate': `Bearer realm="${REALM}"` },
    );
  }
  const verdict = tokens.check(token);
  if (verdict === 'valid') return undefined;
  const description = REFUSALS[verdict];
  return jsonResponse(
    401,
    { error: 'invalid_token', error_description: description },
    {
      'WWW-Authenticate': `Bearer realm="${REALM}", error="invalid_token", error_description="${description}"`,
    },
  );
}

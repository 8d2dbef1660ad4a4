import { AccessTokens } from './access-tokens';
import { handleTokenRequest, TokenHttpRequest } from './token-endpoint.handler';

const CLIENT = { clientId: 'h40-dvc', clientSecret: 's3cret:with colon' };
const FORM = 'application/x-www-form-urlencoded';

/** HTTP Basic as RFC 6749 §2.3.1 has it: id and secret form-encoded, then base64. */
function basic(clientId: string, clientSecret: string): string {
  const formEncode = (text: string) => new URLSearchParams({ v: text }).toString().slice(2);
  const pair = `${formEncode(clientId)}:${formEncode(clientSecret)}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

describe('handleTokenRequest', () => {
  let tokens: AccessTokens;
  const send = (request: Partial<TokenHttpRequest>) => {
    const response = handleTokenRequest(
      { contentType: FORM, body: { grant_type: 'client_credentials' }, ...request },
      { client: CLIENT, tokens },
    );
    return { ...response, json: JSON.parse(response.body) };
  };

  beforeEach(() => (tokens = new AccessTokens(300)));

  it('issues a bearer token to a client authenticated with HTTP Basic', () => {
    const response = send({ authorization: basic(CLIENT.clientId, CLIENT.clientSecret) });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 300,
    });
    expect(response.headers).toMatchObject({ 'Cache-Control': 'no-store' });
    expect(tokens.check(response.json.access_token)).toBe('valid');
  });

  it('accepts the client credentials in the form body instead', () => {
    const body = {
      grant_type: 'client_credentials',
      client_id: CLIENT.clientId,
      client_secret: CLIENT.clientSecret,
    };
    expect(send({ body }).status).toBe(200);
  });

  it('answers 401 invalid_client to a wrong secret, with a Basic challenge, never echoing it', () => {
    const response = send({ authorization: basic(CLIENT.clientId, 'guess') });
    expect(response.status).toBe(401);
    expect(response.json.error).toBe('invalid_client');
    expect(response.headers).toMatchObject({ 'WWW-Authenticate': 'Basic realm="civil-status"' });
    expect(response.body).not.toContain('guess');
  });

  it('answers 401 invalid_client when the client does not authenticate at all', () => {
    expect(send({}).json).toMatchObject({ error: 'invalid_client' });
    expect(send({}).status).toBe(401);
  });

  it.each([
    [
      'two authentication methods',
      { body: { grant_type: 'client_credentials', client_id: 'x', client_secret: 'y' } },
      'invalid_request',
    ],
    ['no grant_type', { body: {} }, 'invalid_request'],
    ['another grant', { body: { grant_type: 'password' } }, 'unsupported_grant_type'],
    ['a JSON body', { contentType: 'application/json' }, 'invalid_request'],
  ])('answers 400 to %s', (_, request, error) => {
    const response = send({
      authorization: basic(CLIENT.clientId, CLIENT.clientSecret),
      ...request,
    });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe(error);
  });
});

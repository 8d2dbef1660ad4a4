import { Logger, LoggerService } from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import { fail, Outcome, succeed } from '../source-adapter/outcome';
import { UpstreamClient, UpstreamResponse } from '../upstream/upstream-client';
import { CredentialProvider } from './credential-provider';
import { OAuth2ClientCredentials } from './oauth2-client-credentials';
import { apiKeyCredentials } from './static-credentials';
import { FakeOAuthNetwork, SETTINGS, TOKEN_PATH } from './testing/fake-oauth-network';

const SECRET = 'client-secret-9f3a';

const readServedWith = (response: UpstreamResponse): Outcome<string> =>
  response.status === 200
    ? succeed(JSON.parse(String(response.data)).servedWith)
    : fail(ErrorCode.UpstreamInvalidResponse, `HTTP ${response.status}`);

/** Every line any logger would write, at every level, debug and verbose included. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  log = (...args: unknown[]) => this.capture(args);
  error = (...args: unknown[]) => this.capture(args);
  warn = (...args: unknown[]) => this.capture(args);
  debug = (...args: unknown[]) => this.capture(args);
  verbose = (...args: unknown[]) => this.capture(args);
  fatal = (...args: unknown[]) => this.capture(args);
  private capture(args: unknown[]): void {
    this.lines.push(JSON.stringify(args));
  }
}

describe('an upstream client with credentials', () => {
  let network: FakeOAuthNetwork;
  let logs: CapturingLogger;
  const clients: UpstreamClient[] = [];
  const inOneSecond = () => Date.now() + 1000;

  const clientOf = (name: string, credentials?: CredentialProvider) => {
    const client = new UpstreamClient(
      { name, baseURL: 'http://upstream.invalid', credentials },
      SETTINGS,
      { transport: network.transport },
    );
    clients.push(client);
    return client;
  };
  const oauthClient = () =>
    clientOf(
      'civil-status',
      new OAuth2ClientCredentials({
        tokenEndpoint: clientOf('civil-status-oauth'),
        tokenPath: TOKEN_PATH,
        clientId: 'h40',
        clientSecret: SECRET,
      }),
    );
  const lookup = (client: UpstreamClient) =>
    client.call({ url: '/api/records/1', responseType: 'text' }, readServedWith, inOneSecond());

  beforeEach(() => {
    network = new FakeOAuthNetwork();
    logs = new CapturingLogger();
    Logger.overrideLogger(logs);
  });
  afterEach(() => clients.splice(0).forEach((client) => client.shutdown()));
  afterAll(() => Logger.overrideLogger(false));

  it('sends the bearer token with the request’s own headers', async () => {
    const client = oauthClient();
    await client.call(
      { url: '/api/records/1', headers: { Accept: 'application/json' }, responseType: 'text' },
      readServedWith,
      inOneSecond(),
    );
    expect(network.apiRequests[0].headers).toMatchObject({
      Accept: 'application/json',
      Authorization: 'Bearer token-1',
    });
  });

  it('renews a refused token once and retries, unseen by the caller, then keeps the new one', async () => {
    const client = oauthClient();
    expect(await lookup(client)).toEqual(succeed('token-1'));
    network.revokeAll();
    expect(await lookup(client)).toEqual(succeed('token-2'));
    expect(await lookup(client)).toEqual(succeed('token-2'));
    expect(network.tokensIssued).toBe(2);
    expect(network.apiRequests).toHaveLength(4);
  });

  it('gives up with FORBIDDEN when a fresh token is refused too, renewing only once', async () => {
    network.refuseEveryToken = true;
    expect(await lookup(oauthClient())).toMatchObject({
      ok: false,
      code: ErrorCode.Forbidden,
      details: { upstream: 'civil-status', status: 401 },
    });
    expect(network.tokensIssued).toBe(2);
    expect(network.apiRequests).toHaveLength(2);
  });

  it('gives up with SOURCE_UNAVAILABLE when the token endpoint is down at renewal', async () => {
    const client = oauthClient();
    await lookup(client);
    network.revokeAll();
    network.tokenFault = { status: 503, body: '' };
    expect(await lookup(client)).toMatchObject({ ok: false, code: ErrorCode.SourceUnavailable });
    expect(network.apiRequests).toHaveLength(2);
  });

  it('gives up with FORBIDDEN, naming the reason, when the token endpoint refuses the client', async () => {
    network.tokenFault = { status: 401, body: { error: 'invalid_client' } };
    expect(await lookup(oauthClient())).toEqual({
      ok: false,
      code: ErrorCode.Forbidden,
      message: 'the token endpoint refused the client (invalid_client)',
      details: { oauthError: 'invalid_client' },
    });
    expect(network.apiRequests).toHaveLength(0);
  });

  it('renews once for many callers refused at the same time', async () => {
    const client = oauthClient();
    await lookup(client);
    network.revokeAll();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => lookup(client)));
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(network.tokensIssued).toBe(2);
  });

  it('answers a refused static key with FORBIDDEN at once: asking again would not help', async () => {
    const client = clientOf('business-registry', apiKeyCredentials('wrong-key'));
    expect(await lookup(client)).toMatchObject({
      ok: false,
      code: ErrorCode.Forbidden,
      message: "business-registry refused the gateway's credentials",
    });
    expect(network.apiRequests).toHaveLength(1);
    expect(network.apiRequests[0].headers['X-API-Key']).toBe('wrong-key');
  });

  it('never logs the secret or a token, not even at debug level', async () => {
    const client = oauthClient();
    await lookup(client);
    network.revokeAll();
    await lookup(client);
    network.revokeAll();
    network.tokenFault = { status: 503, body: '' };
    await lookup(client);
    const written = logs.lines.join('\n');
    expect(written).toContain('renewing');
    expect(written).toContain('retrying');
    expect(written).not.toContain(SECRET);
    expect(written).not.toContain(Buffer.from(`h40:${SECRET}`).toString('base64'));
    expect(written).not.toMatch(/token-\d/);
  });
});

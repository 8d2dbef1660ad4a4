import { Logger } from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import { UpstreamClient } from '../upstream/upstream-client';
import {
  OAuth2ClientCredentials,
  OAuth2ClientCredentialsOptions,
} from './oauth2-client-credentials';
import { FakeOAuthNetwork, SETTINGS, TOKEN_PATH } from './testing/fake-oauth-network';

describe('OAuth2ClientCredentials', () => {
  let network: FakeOAuthNetwork;
  let tokenEndpoint: UpstreamClient;
  let now: number;
  const inOneSecond = () => Date.now() + 1000;

  const provider = (options: Partial<OAuth2ClientCredentialsOptions> = {}) =>
    new OAuth2ClientCredentials({
      tokenEndpoint,
      tokenPath: TOKEN_PATH,
      clientId: 'h40 client',
      clientSecret: 's3cret:&=',
      now: () => now,
      ...options,
    });

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    now = 1_700_000_000_000;
    network = new FakeOAuthNetwork();
    tokenEndpoint = new UpstreamClient(
      { name: 'civil-status-oauth', baseURL: 'http://upstream.invalid' },
      SETTINGS,
      { transport: network.transport },
    );
  });
  afterEach(() => tokenEndpoint.shutdown());

  it('asks for a client credentials grant with HTTP Basic, id and secret form-encoded', async () => {
    await provider({ scope: 'ho-tich.doc' }).current(inOneSecond());
    const [request] = network.tokenRequests;
    expect(request.method).toBe('post');
    expect(request.data).toBe('grant_type=client_credentials&scope=ho-tich.doc');
    expect(request.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    const encoded = String(request.headers.Authorization).replace(/^Basic /, '');
    expect(Buffer.from(encoded, 'base64').toString()).toBe('h40+client:s3cret%3A%26%3D');
  });

  it('fetches the token on first use and keeps it until shortly before it expires', async () => {
    const credentials = provider({ refreshMarginMs: 30_000 });
    const first = await credentials.current(inOneSecond());
    expect(first).toEqual({ ok: true, value: { headers: { Authorization: 'Bearer token-1' } } });
    now += 300_000 - 30_001;
    expect(await credentials.current(inOneSecond())).toEqual(first);
    expect(network.tokensIssued).toBe(1);
    now += 1;
    expect(await credentials.current(inOneSecond())).toMatchObject({
      value: { headers: { Authorization: 'Bearer token-2' } },
    });
  });

  it('renews a short-lived token at nine tenths of its life, whatever the margin', async () => {
    network.lifetimeSeconds = 10;
    const credentials = provider({ refreshMarginMs: 30_000 });
    await credentials.current(inOneSecond());
    now += 8_999;
    await credentials.current(inOneSecond());
    expect(network.tokensIssued).toBe(1);
    now += 1;
    await credentials.current(inOneSecond());
    expect(network.tokensIssued).toBe(2);
  });

  it('lets concurrent callers share one fetch', async () => {
    const credentials = provider();
    const all = await Promise.all(
      Array.from({ length: 10 }, () => credentials.current(inOneSecond())),
    );
    expect(network.tokenRequests).toHaveLength(1);
    expect(new Set(all.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
  });

  it('drops a refused token once, however many callers report it', async () => {
    const credentials = provider();
    const first = await credentials.current(inOneSecond());
    if (!first.ok) throw new Error('no token');
    expect(credentials.renew(first.value)).toBe(true);
    const second = await credentials.current(inOneSecond());
    expect(credentials.renew(first.value)).toBe(true);
    expect(await credentials.current(inOneSecond())).toEqual(second);
    expect(network.tokensIssued).toBe(2);
  });

  it('answers FORBIDDEN when the token endpoint refuses the client', async () => {
    network.tokenFault = { status: 401, body: { error: 'invalid_client' } };
    expect(await provider().current(inOneSecond())).toMatchObject({
      ok: false,
      code: ErrorCode.Forbidden,
      details: { oauthError: 'invalid_client' },
    });
    expect(network.tokenRequests).toHaveLength(1);
  });

  it('answers SOURCE_UNAVAILABLE when the token endpoint is down, after the kit’s retries', async () => {
    network.tokenFault = { status: 503, body: '' };
    expect(await provider().current(inOneSecond())).toMatchObject({
      ok: false,
      code: ErrorCode.SourceUnavailable,
    });
    expect(network.tokenRequests).toHaveLength(1 + SETTINGS.retries);
  });

  it('fetches again after a failed fetch, rather than remembering the failure', async () => {
    network.tokenFault = { status: 401, body: { error: 'invalid_client' } };
    const credentials = provider();
    await credentials.current(inOneSecond());
    network.tokenFault = undefined;
    expect(await credentials.current(inOneSecond())).toMatchObject({ ok: true });
  });
});

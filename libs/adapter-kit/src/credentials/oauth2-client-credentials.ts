import { Outcome, succeed } from '../source-adapter/outcome';
import { UpstreamClient, UpstreamRequest } from '../upstream/upstream-client';
import { CredentialProvider, Credentials } from './credential-provider';
import { IssuedToken, readTokenResponse } from './token-response.reader';

export interface OAuth2ClientCredentialsOptions {
  /**
   * The authorization server, through the kit's client (timeout, retries, circuit): often the
   * upstream's own host, but a client of its own so that its health shows apart.
   */
  tokenEndpoint: Pick<UpstreamClient, 'call'>;
  /** Path of the token endpoint below the client's base URL. */
  tokenPath: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes to ask for; none by default. */
  scope?: string;
  /** How long before its expiry a token is renewed; never more than a tenth of its lifetime. */
  refreshMarginMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

const DEFAULT_REFRESH_MARGIN_MS = 30_000;

interface HeldToken {
  credentials: Credentials;
  /** Epoch ms after which the token is renewed before use. */
  renewAt: number;
}

/**
 * OAuth2 client credentials grant (RFC 6749 §4.4): a token fetched on first use and kept until
 * shortly before it expires; callers arriving while it is being fetched share that one fetch.
 * Neither the secret nor the token is ever logged or put in a failure.
 */
export class OAuth2ClientCredentials implements CredentialProvider {
  private readonly tokenRequest: UpstreamRequest;
  private readonly now: () => number;
  private held?: HeldToken;
  private fetching?: Promise<Outcome<Credentials>>;

  constructor(private readonly options: OAuth2ClientCredentialsOptions) {
    this.tokenRequest = tokenRequestOf(options);
    this.now = options.now ?? Date.now;
  }

  current(deadline: number): Promise<Outcome<Credentials>> {
    if (this.held && this.now() < this.held.renewAt) {
      return Promise.resolve(succeed(this.held.credentials));
    }
    // The caller who starts the fetch bounds it with its deadline; the others share its outcome.
    this.fetching ??= this.fetch(deadline).finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  renew(rejected: Credentials): boolean {
    if (this.held?.credentials === rejected) this.held = undefined;
    return true;
  }

  private async fetch(deadline: number): Promise<Outcome<Credentials>> {
    const requestedAt = this.now();
    const outcome = await this.options.tokenEndpoint.call(
      this.tokenRequest,
      readTokenResponse,
      deadline,
    );
    if (!outcome.ok) return outcome;
    this.held = {
      credentials: { headers: { Authorization: `Bearer ${outcome.value.accessToken}` } },
      renewAt: this.renewalTime(requestedAt, outcome.value),
    };
    return succeed(this.held.credentials);
  }

  /** Counted from the request, not the answer: the server's clock started before ours stopped. */
  private renewalTime(requestedAt: number, { expiresInSeconds }: IssuedToken): number {
    if (expiresInSeconds === undefined) return Number.POSITIVE_INFINITY;
    const lifetimeMs = expiresInSeconds * 1000;
    const margin = Math.min(
      this.options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS,
      lifetimeMs / 10,
    );
    return requestedAt + lifetimeMs - margin;
  }
}

/** HTTP Basic client authentication, id and secret form-encoded first (RFC 6749 §2.3.1). */
function tokenRequestOf(options: OAuth2ClientCredentialsOptions): UpstreamRequest {
  const pair = `${formEncode(options.clientId)}:${formEncode(options.clientSecret)}`;
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (options.scope) form.set('scope', options.scope);
  return {
    method: 'POST',
    url: options.tokenPath,
    headers: {
      Authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    },
    data: form.toString(),
    responseType: 'text',
  };
}

function formEncode(text: string): string {
  return new URLSearchParams({ v: text }).toString().slice('v='.length);
}

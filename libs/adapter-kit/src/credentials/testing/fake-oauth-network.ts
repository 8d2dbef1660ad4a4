import { AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { setImmediate as nextTurn } from 'node:timers/promises';

import { ResilienceSettings } from '../../upstream/upstream-client';

export const TOKEN_PATH = '/oauth/token';

/** Fast retries, and a circuit that never opens within a spec. */
export const SETTINGS: ResilienceSettings = {
  attemptTimeoutMs: 200,
  retries: 2,
  baseDelayMs: 1,
  errorThresholdPercent: 50,
  volumeThreshold: 100,
  resetMs: 1000,
  maxInFlight: 10,
  maxWaiting: 10,
};

/** What the fake token endpoint answers when it does not issue a token. */
export interface TokenEndpointFault {
  status: number;
  body: unknown;
}

/**
 * The network of an OAuth2-protected upstream, for unit specs: a token endpoint that issues
 * `token-1`, `token-2`... and an API that answers 200 to a valid bearer token and 401 otherwise.
 */
export class FakeOAuthNetwork {
  readonly tokenRequests: InternalAxiosRequestConfig[] = [];
  readonly apiRequests: InternalAxiosRequestConfig[] = [];
  /** `expires_in` of the tokens issued. */
  lifetimeSeconds = 300;
  tokenFault?: TokenEndpointFault;
  /** The API refuses even fresh tokens, as it does a client it does not authorise. */
  refuseEveryToken = false;
  private readonly valid = new Set<string>();
  private issued = 0;

  readonly transport = async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    // Answering on a later turn lets concurrent callers pile up, as on a real network.
    await nextTurn();
    return config.url === TOKEN_PATH ? this.token(config) : this.api(config);
  };

  /** Every token issued so far is refused from now on. */
  revokeAll(): void {
    this.valid.clear();
  }

  get tokensIssued(): number {
    return this.issued;
  }

  private token(config: InternalAxiosRequestConfig): AxiosResponse {
    this.tokenRequests.push(config);
    if (this.tokenFault) return answer(config, this.tokenFault.status, this.tokenFault.body);
    this.issued += 1;
    const token = `token-${this.issued}`;
    this.valid.add(token);
    return answer(config, 200, {
      access_token: token,
      token_type: 'Bearer',
      expires_in: this.lifetimeSeconds,
    });
  }

  private api(config: InternalAxiosRequestConfig): AxiosResponse {
    this.apiRequests.push(config);
    const token = /^Bearer (.+)$/.exec(String(config.headers.Authorization ?? ''))?.[1];
    return token && this.valid.has(token) && !this.refuseEveryToken
      ? answer(config, 200, { servedWith: token })
      : answer(config, 401, { error: 'invalid_token' });
  }
}

function answer(config: InternalAxiosRequestConfig, status: number, body: unknown): AxiosResponse {
  return { status, statusText: '', headers: {}, data: JSON.stringify(body), config };
}

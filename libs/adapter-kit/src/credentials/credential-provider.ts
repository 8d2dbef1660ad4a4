import { Outcome } from '../source-adapter/outcome';

/** Headers that prove who is calling, as a provider handed them out for one call. */
export interface Credentials {
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Where an upstream client gets the credentials it sends with each attempt. A 401 from the
 * upstream is reported through `renew`, so that a provider of expiring credentials (an OAuth2
 * access token) can get fresh ones and the client try the call once more.
 */
export interface CredentialProvider {
  /** Credentials for one attempt, or why there are none (e.g. the token endpoint is down). */
  current(deadline: number): Promise<Outcome<Credentials>>;
  /**
   * The upstream refused `rejected` with a 401: forget them if still held, so that `current`
   * gets fresh ones. False when fresh ones could not differ (a static key): no point retrying.
   */
  renew(rejected: Credentials): boolean;
}

import { Outcome, succeed } from '../source-adapter/outcome';
import { CredentialProvider, Credentials } from './credential-provider';

/**
 * Credentials that never change: an API key, or an access key and secret, sent as headers.
 * A 401 means they are wrong, and asking again would not help.
 */
export class StaticCredentials implements CredentialProvider {
  private readonly credentials: Outcome<Credentials>;

  constructor(headers: Readonly<Record<string, string>>) {
    this.credentials = succeed({ headers: { ...headers } });
  }

  current(): Promise<Outcome<Credentials>> {
    return Promise.resolve(this.credentials);
  }

  renew(): boolean {
    return false;
  }
}

/** An API key in a header of its own; `X-API-Key` unless the upstream names another. */
export function apiKeyCredentials(key: string, header = 'X-API-Key'): StaticCredentials {
  return new StaticCredentials({ [header]: key });
}

export interface KeyAndSecret {
  keyHeader: string;
  key: string;
  secretHeader: string;
  secret: string;
}

/** An access key and its secret, each in a header the upstream names. */
export function keyAndSecretCredentials(credentials: KeyAndSecret): StaticCredentials {
  return new StaticCredentials({
    [credentials.keyHeader]: credentials.key,
    [credentials.secretHeader]: credentials.secret,
  });
}

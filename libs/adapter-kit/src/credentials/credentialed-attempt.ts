import { Logger } from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import { AttemptFailure, AttemptOutcome } from '../upstream/attempt-failure';
import { CredentialProvider } from './credential-provider';

/** A 401: the upstream refused the credentials an attempt carried. */
export interface CredentialsRefusal extends AttemptFailure {
  credentialsRefused: true;
}

export function credentialsRefusal(upstream: string): CredentialsRefusal {
  return {
    ok: false,
    code: ErrorCode.Forbidden,
    message: `${upstream} refused the gateway's credentials`,
    details: { upstream, status: 401 },
    credentialsRefused: true,
  };
}

function isCredentialsRefusal(outcome: AttemptOutcome<unknown>): outcome is CredentialsRefusal {
  return !outcome.ok && 'credentialsRefused' in outcome;
}

const logger = new Logger('UpstreamCredentials');

/**
 * One attempt with the provider's credentials. Refused with a 401, the credentials are renewed
 * once and the attempt made again, so that an expired or revoked token is replaced unseen by the
 * requester; refused again, they are wrong, and the call fails FORBIDDEN. A failure to get
 * credentials (the token endpoint down or refusing the client) is the attempt's outcome.
 */
export async function attemptWithCredentials<T>(
  provider: CredentialProvider,
  upstream: string,
  deadline: number,
  attempt: (headers: Readonly<Record<string, string>>) => Promise<AttemptOutcome<T>>,
): Promise<AttemptOutcome<T>> {
  for (let renewed = false; ; renewed = true) {
    const credentials = await provider.current(deadline);
    if (!credentials.ok) return credentials;
    const outcome = await attempt(credentials.value.headers);
    if (!isCredentialsRefusal(outcome) || renewed || !provider.renew(credentials.value)) {
      return outcome;
    }
    logger.debug('credentials refused: renewing them and trying once more', { upstream });
  }
}

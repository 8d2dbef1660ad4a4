import { CallerPolicy } from '../access/access-policy';

/** Who a request comes from, as its credential proved. */
export interface AuthenticatedCaller {
  policy: CallerPolicy;
  via: 'api-key' | 'jwt';
  /** The API key's id, or the JWT's `jti` when it has one: for the logs and the audit trail. */
  credentialId?: string;
}

export type Authentication =
  | { ok: true; caller: AuthenticatedCaller }
  /** `why` is for the log only: the caller is told nothing that tells one failure from another. */
  | { ok: false; why: string };

import { randomBytes } from 'node:crypto';

/** Why a bearer token is refused, or `valid`. */
export type TokenVerdict = 'valid' | 'unknown' | 'expired' | 'revoked';

export interface IssuedToken {
  accessToken: string;
  /** Lifetime in seconds, as `expires_in` says it. */
  expiresIn: number;
}

/** Expired tokens are remembered this long, so that a late caller hears "expired", not "unknown". */
const REMEMBER_EXPIRED_MS = 24 * 3600 * 1000;

interface TokenRecord {
  serial: number;
  expiresAt: number;
}

/**
 * The access tokens the civil-status service has issued, with the token faults the simulator
 * can inject: revoking every token issued so far, and refusing the next calls as expired while
 * their token is nominally valid (as a server whose clock runs ahead does).
 */
export class AccessTokens {
  private readonly issued = new Map<string, TokenRecord>();
  private lastSerial = 0;
  private revokedThrough = 0;
  private forcedExpiries = 0;

  constructor(
    private readonly lifetimeSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(): IssuedToken {
    this.forgetExpired();
    const accessToken = randomBytes(32).toString('base64url');
    this.lastSerial += 1;
    const expiresAt = this.now() + this.lifetimeSeconds * 1000;
    this.issued.set(accessToken, { serial: this.lastSerial, expiresAt });
    return { accessToken, expiresIn: this.lifetimeSeconds };
  }

  /** Checks the token of one call; a forced expiry is used up by a call it refuses. */
  check(accessToken: string): TokenVerdict {
    const record = this.issued.get(accessToken);
    if (!record) return 'unknown';
    if (record.serial <= this.revokedThrough) return 'revoked';
    if (this.now() >= record.expiresAt) return 'expired';
    if (this.forcedExpiries === 0) return 'valid';
    this.forcedExpiries -= 1;
    return 'expired';
  }

  /** Every token issued so far is refused from now on; tokens issued later work. */
  revokeAll(): void {
    this.revokedThrough = this.lastSerial;
  }

  /** The next `calls` calls with an otherwise valid token are refused as expired. */
  expireNextCalls(calls: number): void {
    this.forcedExpiries = calls;
  }

  /** Calls still to be refused as expired. */
  get pendingExpiries(): number {
    return this.forcedExpiries;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [token, { expiresAt }] of this.issued) {
      if (expiresAt + REMEMBER_EXPIRED_MS <= now) this.issued.delete(token);
    }
  }
}

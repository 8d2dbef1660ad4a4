import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';

export interface JwtSettings {
  jwksUrl: string;
  issuer: string;
  audience: string;
  algorithms: string[];
  clockToleranceS: number;
  callerClaim: string;
  jwksCacheMs: number;
  jwksCooldownMs: number;
}

export type JwtOutcome =
  { ok: true; client: string; payload: JWTPayload } | { ok: false; reason: string };

/**
 * Verifies bearer JWTs of the configured identity provider with jose: signature against its
 * JWKS (cached; fetched again, at most once per cooldown, when a token names an unknown `kid`),
 * issuer, audience, expiry and not-before within the clock tolerance, and only the configured
 * asymmetric algorithms — which refuses `alg: none` and HMAC-with-the-public-key confusion.
 */
export class JwtVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: JwtSettings) {
    this.keys = createRemoteJWKSet(new URL(settings.jwksUrl), {
      cacheMaxAge: settings.jwksCacheMs,
      cooldownDuration: settings.jwksCooldownMs,
      timeoutDuration: 5000,
    });
  }

  async verify(token: string): Promise<JwtOutcome> {
    const { issuer, audience, algorithms, clockToleranceS, callerClaim } = this.settings;
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer,
        audience,
        algorithms,
        clockTolerance: clockToleranceS,
        requiredClaims: ['exp'],
      });
      const client = payload[callerClaim];
      if (typeof client !== 'string' || client === '') {
        return { ok: false, reason: `the token has no ${callerClaim} claim` };
      }
      return { ok: true, client, payload };
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JOSEError) return `${error.code}: ${error.message}`;
  return `unverifiable token: ${(error as Error).message}`;
}

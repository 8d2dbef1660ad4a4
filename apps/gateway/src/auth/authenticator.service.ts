import { Injectable } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { AccessControl } from '../access/access-control.service';
import { GatewayConfig } from '../config/gateway.config';
import { apiKeyId, apiKeyMatches } from './api-key';
import { Authentication } from './authenticated-caller';
import { JwtVerifier } from './jwt-verifier';

const BEARER = /^Bearer ([\x21-\x7e]{1,4096})$/i;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

/** The one credential a request presents: a bearer token or an X-Api-Key, not both. */
export function presentedCredential(headers: IncomingHttpHeaders): string | undefined | null {
  const authorization = single(headers.authorization);
  const apiKey = single(headers['x-api-key']);
  if (authorization !== undefined && apiKey !== undefined) return null;
  if (apiKey !== undefined) return apiKey;
  if (authorization === undefined) return undefined;
  return BEARER.exec(authorization)?.[1] ?? null;
}

/** Tells who a request comes from: an API key of the policy, or a JWT of the identity provider. */
@Injectable()
export class Authenticator {
  private readonly jwt?: JwtVerifier;

  constructor(
    private readonly access: AccessControl,
    config: GatewayConfig,
  ) {
    if (config.OIDC_JWKS_URL) {
      this.jwt = new JwtVerifier({
        jwksUrl: config.OIDC_JWKS_URL,
        issuer: config.OIDC_ISSUER as string,
        audience: config.OIDC_AUDIENCE as string,
        algorithms: config.oidcAlgorithms,
        clockToleranceS: config.OIDC_CLOCK_TOLERANCE_S,
        callerClaim: config.OIDC_CALLER_CLAIM,
        jwksCacheMs: config.OIDC_JWKS_CACHE_MS,
        jwksCooldownMs: config.OIDC_JWKS_COOLDOWN_MS,
      });
    }
  }

  async authenticate(headers: IncomingHttpHeaders): Promise<Authentication> {
    const credential = presentedCredential(headers);
    if (credential === undefined) return { ok: false, why: 'no credential' };
    if (credential === null) return { ok: false, why: 'malformed or ambiguous credential' };
    return JWT_SHAPE.test(credential) ? this.byJwt(credential) : this.byApiKey(credential);
  }

  private byApiKey(key: string): Authentication {
    const id = apiKeyId(key);
    if (id === undefined) return { ok: false, why: 'not an API key' };
    const { policy } = this.access;
    const record = policy.apiKey(id);
    const caller = record && policy.caller(record.callerId);
    if (!apiKeyMatches(key, record) || !caller) {
      return { ok: false, why: 'unknown, revoked or expired API key' };
    }
    return { ok: true, caller: { policy: caller, via: 'api-key', credentialId: id } };
  }

  private async byJwt(token: string): Promise<Authentication> {
    if (!this.jwt) return { ok: false, why: 'a JWT, but no identity provider is configured' };
    const verified = await this.jwt.verify(token);
    if (!verified.ok) return { ok: false, why: verified.reason };
    const caller = this.access.policy.callerOfOauthClient(verified.client);
    if (!caller) return { ok: false, why: 'a valid JWT of a client the policy does not name' };
    const jti = typeof verified.payload.jti === 'string' ? verified.payload.jti : undefined;
    return { ok: true, caller: { policy: caller, via: 'jwt', credentialId: jti } };
  }
}

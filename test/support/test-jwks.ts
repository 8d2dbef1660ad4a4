import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, KeyLike, SignJWT } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

export async function signingKey(kid: string, alg = 'RS256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** An identity provider's JWKS endpoint, served by the test over HTTP with real keys. */
export class TestJwks {
  fetches = 0;
  private constructor(
    private readonly server: Server,
    private keys: SigningKey[],
  ) {}

  static async start(keys: SigningKey[]): Promise<TestJwks> {
    const server = createServer((_request, response) => {
      jwks.fetches++;
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ keys: jwks.keys.map((key) => key.publicJwk) }));
    });
    const jwks = new TestJwks(server, keys);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return jwks;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks.json`;
  }

  /** The provider rotates: from now on it publishes these keys. */
  publish(keys: SigningKey[]): void {
    this.keys = keys;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface TokenClaims {
  iss: string;
  aud: string;
  azp?: string;
  expiresIn?: string | number;
  notBefore?: string | number;
}

export function signToken(key: SigningKey, claims: TokenClaims, alg = 'RS256'): Promise<string> {
  const { iss, aud, azp, expiresIn = '5m', notBefore } = claims;
  const jwt = new SignJWT(azp === undefined ? {} : { azp })
    .setProtectedHeader({ alg, kid: key.kid, typ: 'JWT' })
    .setIssuer(iss)
    .setAudience(aud)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (notBefore !== undefined) jwt.setNotBefore(notBefore);
  return jwt.sign(key.privateKey);
}

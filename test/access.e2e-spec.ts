import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import {
  BirthRegistration,
  CivilStatusOperation,
  HEALTH_CHECK_OPERATION,
  okReply,
  PopulationOperation,
  SourceName,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
} from '@interop/contracts';
import { base64url } from 'jose';
import request from 'supertest';
import { principalKafkaEnv } from '@interop/platform';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { harnessKafka } from './support/kafka-clients';
import { RequestRecord, sentFor } from './support/gateway-request-messages';
import { StandInAdapter } from './support/gateway-stand-in-adapter';
import { eventually, healthyReply, standInMeta } from './support/stand-in-replies';
import { E2E_PROCEDURE, TestAccess } from './support/test-access';
import { signingKey, SigningKey, signToken, TestJwks } from './support/test-jwks';

/**
 * The access guard from the attacker's side, against a real broker and stand-in adapters: every
 * credential that must not work, every request the policy does not grant, and for each refusal,
 * nothing produced to any request topic.
 */
const ISSUER = 'https://idp.e2e.test/realms/province';
const AUDIENCE = 'interop-gateway';
const VERIFY = '/v1/population/citizen-verifications';
const LOOKUP = '/v1/population/citizen-lookups';
const BIRTH_LOOKUP = '/v1/civil-status/birth-lookups';
const DEATH_LOOKUP = '/v1/civil-status/death-lookups';
const PERSON = '001085012345';
const QUERY = { personalId: PERSON, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' };
const PURPOSE = { 'X-Officer-Id': 'cb.0042', 'X-Procedure-Code': E2E_PROCEDURE };

const BIRTH: BirthRegistration = {
  registrationNumber: '125/1985',
  book: '01/1985',
  registeredOn: '1985-03-20',
  authority: { code: '00004', name: 'UBND phường Phúc Xá, Hà Nội' },
  child: {
    personalId: PERSON,
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '1985-03-14',
    gender: 'male',
    placeOfBirth: 'Bệnh viện Phụ sản Hà Nội',
  },
  father: { personalId: '001060012345', fullName: 'Nguyễn Văn Bình', dateOfBirth: '1960' },
  mother: { personalId: '001165012345', fullName: 'Trần Thị Hoa' },
};

const VERIFIED = { verified: true, fields: { fullName: 'MATCH', dateOfBirth: 'MATCH' } };

function answer(source: SourceName) {
  return ({ operation }: RequestRecord) => {
    if (operation === HEALTH_CHECK_OPERATION) return healthyReply(source);
    if (operation === PopulationOperation.CitizenVerify)
      return okReply(VERIFIED, standInMeta(source));
    if (operation === CivilStatusOperation.BirthLookup) return okReply(BIRTH, standInMeta(source));
    return okReply({ ok: true }, standInMeta(source));
  };
}

const CALLERS = {
  portal: {
    grants: [
      { operation: 'population:citizen.verify' },
      {
        operation: 'civil-status:birth.lookup',
        fields: [
          'registrationNumber',
          'child.fullName',
          'child.gender',
          'father.fullName',
          'mother.fullName',
        ],
      },
    ],
  },
  'registry-clerk': { grants: [{ operation: 'civil-status:*' }] },
  'sso-client': {
    oauthClients: ['sso-client-azp'],
    grants: [{ operation: 'population:*' }, { operation: 'dossier-checks:check' }],
  },
  checker: {
    grants: [
      { operation: 'population:*' },
      { operation: 'civil-status:*' },
      { operation: 'dossier-checks:check' },
    ],
  },
  greedy: {
    grants: [{ operation: 'population:citizen.verify' }],
    quotas: [{ source: 'population', perMinute: 1, burst: 2 }],
  },
  expired: { grants: [{ operation: 'population:*' }], keyExpires: '2026-01-01T00:00:00Z' },
  'revoked-later': { grants: [{ operation: 'population:*' }] },
  'ops-user': { roles: ['ops'] },
};

describe('access control at the HTTP edge (e2e)', () => {
  const kafka = harnessKafka('e2e-access');
  const access = new TestAccess(CALLERS);
  const refusedIds: string[] = [];
  let stands: StandInAdapter[];
  let jwks: TestJwks;
  let idpKey: SigningKey;
  let app: INestApplication;

  const auth = (caller: keyof typeof CALLERS) => access.caller(caller).auth;
  const post = (path: string, body: object, headers: Record<string, string>) =>
    request(app.getHttpServer())
      .post(path)
      .set({ ...PURPOSE, ...headers })
      .send(body);

  /** Posts a request that must be refused; remembers its id to check nothing was sent for it. */
  const refused = (path: string, body: object, headers: Record<string, string>) => {
    const requestId = `e2e-refused-${randomUUID()}`;
    refusedIds.push(requestId);
    return post(path, body, { ...headers, 'X-Request-Id': requestId });
  };

  beforeAll(async () => {
    idpKey = await signingKey('idp-key-1');
    jwks = await TestJwks.start([idpKey]);
    stands = await Promise.all(
      (['population', 'civil-status', 'business-registry'] as const).map((source) =>
        StandInAdapter.start(kafka, source, answer(source)),
      ),
    );
    app = await createGatewayApp({
      ...principalKafkaEnv(GATEWAY_PRINCIPAL),
      GATEWAY_PORT: '0',
      REQUEST_DEADLINE_MS: '3000',
      HEALTH_PROBE_INTERVAL_MS: '1000',
      HEALTH_PROBE_TIMEOUT_MS: '500',
      KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-access-${randomUUID()}`,
      ...access.env,
      OIDC_JWKS_URL: jwks.url,
      OIDC_ISSUER: ISSUER,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_JWKS_COOLDOWN_MS: '0',
      LOG_LEVEL: 'error',
    });
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all(stands?.map((stand) => stand.stop()) ?? []);
    await jwks?.stop();
  });

  const expectUnauthenticated = (response: request.Response) => {
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="interop-gateway"/);
    expect(response.body).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'A valid API key or bearer token is required' },
    });
  };

  describe('API keys', () => {
    it('serve a valid key, as a bearer token or as X-Api-Key', async () => {
      expect((await post(VERIFY, QUERY, auth('portal'))).status).toBe(200);
      const key = access.caller('portal').key;
      expect((await post(VERIFY, QUERY, { 'X-Api-Key': key })).status).toBe(200);
    });

    it('refuse a missing, malformed, unknown or wrong key alike: the answer tells nothing', async () => {
      const key = access.caller('portal').key;
      const [, id] = key.split('_');
      const attempts: Record<string, string>[] = [
        {},
        { Authorization: 'Basic dXNlcjpwYXNz' },
        { Authorization: 'Bearer ' },
        { Authorization: 'Bearer not-a-key' },
        // A known key id with another secret, and an unknown id with a well-formed secret.
        { Authorization: `Bearer igw_${id}_${'A'.repeat(43)}` },
        { Authorization: `Bearer igw_${'Z'.repeat(12)}_${'A'.repeat(43)}` },
        { Authorization: `Bearer ${key}x` },
        // Two credentials at once: which one is meant is not guessed.
        { Authorization: `Bearer ${key}`, 'X-Api-Key': key },
      ];
      const answers = [];
      for (const headers of attempts) {
        const response = await refused(VERIFY, QUERY, headers);
        expectUnauthenticated(response);
        answers.push([response.status, response.body, response.headers['www-authenticate']]);
      }
      expect(new Set(answers.map((each) => JSON.stringify(each))).size).toBe(1);
    });

    it('refuse an expired key', async () => {
      expectUnauthenticated(await refused(VERIFY, QUERY, auth('expired')));
    });

    it('refuse a key removed from the policy, from the reload on, and keep the policy in force when a broken one is written', async () => {
      expect((await post(VERIFY, QUERY, auth('revoked-later'))).status).toBe(200);
      access.rewrite(CALLERS, ['revoked-later']);
      const revoked = await eventually(
        () => post(VERIFY, QUERY, auth('revoked-later')),
        (response) => response.status === 401,
      );
      expectUnauthenticated(revoked);
      refusedIds.push(revoked.headers['x-request-id']);

      const logged: string[] = [];
      const write = jest.spyOn(process.stdout, 'write').mockImplementation((line) => {
        logged.push(String(line));
        return true;
      });
      try {
        access.rewriteText('version: 1\ncallers: [ { id: "portal", grants: oops ] \n');
        await eventually(
          async () => logged.some((line) => line.includes('was not reloaded')),
          (seen) => seen,
        );
      } finally {
        write.mockRestore();
      }
      const error = logged.find((line) => line.includes('was not reloaded'));
      expect(JSON.parse(error!)).toEqual(
        expect.objectContaining({
          level: 'error',
          file: access.policyFile,
          problems: [expect.stringContaining('is not valid YAML/JSON')],
        }),
      );
      expect((await post(VERIFY, QUERY, auth('portal'))).status).toBe(200);
      expectUnauthenticated(await refused(VERIFY, QUERY, auth('revoked-later')));
    });
  });

  describe('JWTs of the identity provider', () => {
    const claims = { iss: ISSUER, aud: AUDIENCE, azp: 'sso-client-azp' };
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

    it('serve a valid token, the caller named by its azp claim', async () => {
      const response = await post(LOOKUP, QUERY, bearer(await signToken(idpKey, claims)));
      expect(response.status).toBe(200);
    });

    it('refuse expired, not yet valid, wrong-audience and wrong-issuer tokens', async () => {
      const now = Math.floor(Date.now() / 1000);
      const tokens = await Promise.all([
        signToken(idpKey, { ...claims, expiresIn: now - 120 }),
        signToken(idpKey, { ...claims, notBefore: now + 300 }),
        signToken(idpKey, { ...claims, aud: 'another-service' }),
        signToken(idpKey, { ...claims, iss: 'https://evil.example/realms/province' }),
        signToken(idpKey, { ...claims, azp: 'a-client-the-policy-does-not-name' }),
      ]);
      for (const token of tokens)
        expectUnauthenticated(await refused(LOOKUP, QUERY, bearer(token)));
    });

    it('refuse alg none, a tampered signature and payload, and HMAC signed with the public key', async () => {
      const valid = await signToken(idpKey, claims);
      const [header, payload, signature] = valid.split('.');
      const none = [
        base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' })),
        payload,
        '',
      ].join('.');
      const elevated = base64url.encode(
        JSON.stringify({
          ...JSON.parse(new TextDecoder().decode(base64url.decode(payload))),
          azp: 'another',
        }),
      );
      const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
      const { createHmac } = await import('node:crypto');
      const hsHeader = base64url.encode(
        JSON.stringify({ alg: 'HS256', kid: idpKey.kid, typ: 'JWT' }),
      );
      const hsSignature = createHmac('sha256', JSON.stringify(idpKey.publicJwk))
        .update(`${hsHeader}.${payload}`)
        .digest('base64url');
      for (const token of [
        none,
        `${header}.${elevated}.${signature}`,
        `${header}.${payload}.${flipped}`,
        `${hsHeader}.${payload}.${hsSignature}`,
      ]) {
        expectUnauthenticated(await refused(LOOKUP, QUERY, bearer(token)));
      }
    });

    it('refuse a token signed by a key the JWKS does not publish, and take a rotated key after fetching the JWKS again', async () => {
      const stranger = await signingKey('idp-key-unknown');
      const fetchesBefore = jwks.fetches;
      expectUnauthenticated(
        await refused(LOOKUP, QUERY, bearer(await signToken(stranger, claims))),
      );
      expect(jwks.fetches).toBeGreaterThan(fetchesBefore);

      const rotated = await signingKey('idp-key-2');
      jwks.publish([idpKey, rotated]);
      const response = await post(LOOKUP, QUERY, bearer(await signToken(rotated, claims)));
      expect(response.status).toBe(200);
    });
  });

  describe('grants, requester and procedures', () => {
    const forbidden = (response: request.Response, reason: string) => {
      expect(response.status).toBe(403);
      expect(response.body.error).toEqual({
        code: 'FORBIDDEN',
        message: expect.any(String),
        details: { reason },
      });
      expect(JSON.stringify(response.body)).not.toContain(PERSON);
    };

    it('serve the granted operation and refuse another of the same source', async () => {
      expect((await post(VERIFY, QUERY, auth('portal'))).status).toBe(200);
      forbidden(await refused(LOOKUP, QUERY, auth('portal')), 'NOT_GRANTED');
      forbidden(await refused(DEATH_LOOKUP, { personalId: PERSON }, auth('portal')), 'NOT_GRANTED');
    });

    it('serve every operation of a source-wide grant, and no other source', async () => {
      for (const path of [BIRTH_LOOKUP, DEATH_LOOKUP, '/v1/civil-status/marital-status-lookups']) {
        expect((await post(path, { personalId: PERSON }, auth('registry-clerk'))).status).toBe(200);
      }
      forbidden(await refused(VERIFY, QUERY, auth('registry-clerk')), 'NOT_GRANTED');
      forbidden(
        await refused(
          '/v1/business-registry/enterprise-lookups',
          { enterpriseCode: '0100137657' },
          auth('registry-clerk'),
        ),
        'NOT_GRANTED',
      );
    });

    it('refuse an X-Requester that names another caller', async () => {
      expect(
        (await post(VERIFY, QUERY, { ...auth('portal'), 'X-Requester': 'portal' })).status,
      ).toBe(200);
      forbidden(
        await refused(VERIFY, QUERY, { ...auth('portal'), 'X-Requester': 'dossier-core' }),
        'REQUESTER_MISMATCH',
      );
    });

    it('send the authenticated caller as the requester to the source', async () => {
      const requestId = `e2e-requester-${randomUUID()}`;
      await post(VERIFY, QUERY, { ...auth('portal'), 'X-Request-Id': requestId }).expect(200);
      const sent = stands[0].received.find(sentFor(requestId));
      expect(sent?.headers['x-requester']).toBe('portal');
      expect(sent?.headers['x-officer-id']).toBe('cb.0042');
    });

    it('refuse an unknown procedure and one that does not use the operation', async () => {
      forbidden(
        await refused(
          BIRTH_LOOKUP,
          { personalId: PERSON },
          { ...auth('registry-clerk'), 'X-Procedure-Code': '9.999999' },
        ),
        'PROCEDURE_NOT_ALLOWED',
      );
      // Death registration uses death lookups, not birth lookups.
      const death = { ...auth('registry-clerk'), 'X-Procedure-Code': '1.000656.000.00.00.H12' };
      expect((await post(DEATH_LOOKUP, { personalId: PERSON }, death)).status).toBe(200);
      forbidden(
        await refused(BIRTH_LOOKUP, { personalId: PERSON }, death),
        'PROCEDURE_NOT_ALLOWED',
      );
    });

    it('ask a dossier check only the sources its procedure uses, and say so for the others', async () => {
      const dossier = {
        dossierId: 'HS-2026-000777',
        procedureCode: '1.001612',
        applicant: QUERY,
        maritalStatus: 'married',
      };
      const requestId = `e2e-check-${randomUUID()}`;
      const checked = await post('/v1/dossier-checks', dossier, {
        ...auth('checker'),
        'X-Procedure-Code': '1.001612',
        'X-Request-Id': requestId,
      });
      expect(checked.status).toBe(200);
      expect(checked.body.data.claims.applicant.verdict).toBe('MATCH');
      expect(checked.body.data.claims.maritalStatus).toEqual(
        expect.objectContaining({ verdict: 'UNAVAILABLE', errorCode: 'FORBIDDEN' }),
      );
      expect(checked.body.data.claims.maritalStatus.reason).toContain(
        'does not use civil-status:marital-status.lookup',
      );
      expect(stands[1].received.filter(sentFor(requestId))).toEqual([]);
    });
  });

  describe('roles and open routes', () => {
    it('show connector detail to the ops role only', async () => {
      const health = await eventually(
        () => request(app.getHttpServer()).get('/health').set(auth('ops-user')),
        (response) => response.status === 200,
      );
      expect(health.body.connectors.population).toEqual(expect.objectContaining({ status: 'UP' }));
      const denied = await request(app.getHttpServer()).get('/health').set(auth('portal'));
      expect(denied.status).toBe(403);
      expect(denied.body.error.details).toEqual({ reason: 'ROLE_REQUIRED' });
      expectUnauthenticated(await request(app.getHttpServer()).get('/health'));
    });

    it('give the ops role no citizen data', async () => {
      const response = await refused(VERIFY, QUERY, auth('ops-user'));
      expect(response.status).toBe(403);
    });

    it('leave liveness, readiness and the API documents open', async () => {
      const server = app.getHttpServer();
      expect((await request(server).get('/health/live')).body).toEqual({ status: 'ok' });
      expect((await request(server).get('/health/ready')).body).toEqual({ status: 'ok' });
      expect((await request(server).get('/docs-json')).status).toBe(200);
      expect((await request(server).get('/docs')).status).toBe(200);
    });
  });

  describe('data minimisation', () => {
    it("answers exactly the fields the caller's grant names, and says the answer was narrowed", async () => {
      const response = await post(BIRTH_LOOKUP, { personalId: PERSON }, auth('portal')).expect(200);
      expect(response.body.data).toEqual({
        registrationNumber: BIRTH.registrationNumber,
        child: { fullName: BIRTH.child.fullName, gender: BIRTH.child.gender },
        father: { fullName: BIRTH.father!.fullName },
        mother: { fullName: BIRTH.mother!.fullName },
      });
      expect(response.body.meta).toEqual(expect.objectContaining({ narrowed: true }));
      const full = await post(BIRTH_LOOKUP, { personalId: PERSON }, auth('registry-clerk')).expect(
        200,
      );
      expect(full.body.data).toEqual(BIRTH);
      expect(full.body.meta.narrowed).toBeUndefined();
    });
  });

  describe('quotas', () => {
    it('answer 429 with Retry-After to a caller over its quota while another is served', async () => {
      expect((await post(VERIFY, QUERY, auth('greedy'))).status).toBe(200);
      expect((await post(VERIFY, QUERY, auth('greedy'))).status).toBe(200);
      const over = await refused(VERIFY, QUERY, auth('greedy'));
      expect(over.status).toBe(429);
      expect(over.body.error.code).toBe('RATE_LIMITED');
      expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect((await post(VERIFY, QUERY, auth('portal'))).status).toBe(200);
    });
  });

  it('produced nothing to any request topic for any refused request', async () => {
    expect(refusedIds.length).toBeGreaterThan(20);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const stand of stands) {
      const leaked = stand.received.filter((record) =>
        refusedIds.some((id) => sentFor(id)(record)),
      );
      expect(leaked).toEqual([]);
    }
  });
});

import { validateContract } from '@interop/contracts';
import { decideOperation, decideRequester, decideRole } from './access-decision';
import { AccessPolicy } from './access-policy';
import { AccessPolicyDocument } from './access-policy.document';
import { ProcedureCatalogue } from './procedure-catalogue';

const HASH = 'a'.repeat(64);

function policyOf(plain: object): AccessPolicy {
  const document = validateContract(AccessPolicyDocument, plain);
  if (!document.ok) throw new Error(JSON.stringify(document.errors));
  const compiled = AccessPolicy.compile(document.value);
  if (!compiled.ok) throw new Error(compiled.problems.join('; '));
  return compiled.policy;
}

const POLICY = {
  version: 1,
  defaultQuota: { perMinute: 60, burst: 5 },
  callers: [
    {
      id: 'portal',
      apiKeys: [{ id: 'portalkey1', sha256: HASH }],
      oauthClients: ['portal-client'],
      grants: [
        { operation: 'civil-status:*' },
        { operation: 'civil-status:birth.lookup', fields: ['child.fullName'] },
        { operation: 'population:citizen.verify' },
      ],
      quotas: [{ source: 'population', perMinute: 6, burst: 1 }],
    },
    { id: 'ops-team', roles: ['ops'] },
  ],
};

const CATALOGUE = ProcedureCatalogue.compile({
  procedures: [
    { code: '1.001193', name: 'Birth registration', operations: ['civil-status:birth.lookup'] },
  ],
});

describe('AccessPolicy', () => {
  const policy = policyOf(POLICY);
  const portal = policy.caller('portal')!;

  it('finds callers by API key id and by OAuth client', () => {
    expect(policy.apiKey('portalkey1')).toEqual(
      expect.objectContaining({ callerId: 'portal', sha256: Buffer.from(HASH, 'hex') }),
    );
    expect(policy.callerOfOauthClient('portal-client')?.id).toBe('portal');
    expect(policy.apiKey('nosuchkey1')).toBeUndefined();
    expect(policy.callerOfOauthClient('another')).toBeUndefined();
  });

  it('prefers an exact grant to a source wildcard, and grants nothing else', () => {
    expect(policy.grantFor(portal, 'civil-status', 'birth.lookup')?.fields).toEqual([
      'child.fullName',
    ]);
    expect(policy.grantFor(portal, 'civil-status', 'death.lookup')?.ref.operation).toBe('*');
    expect(policy.grantFor(portal, 'population', 'citizen.lookup')).toBeUndefined();
    expect(policy.grantFor(portal, 'business-registry', 'enterprise.lookup')).toBeUndefined();
  });

  it("takes the caller's quota for a source, else the default", () => {
    expect(policy.quotaFor(portal, 'population')).toEqual({ perMinute: 6, burst: 1 });
    expect(policy.quotaFor(portal, 'civil-status')).toEqual({ perMinute: 60, burst: 5 });
  });

  it('refuses a document with duplicated ids, keys, clients or grants', () => {
    const document = validateContract(AccessPolicyDocument, {
      ...POLICY,
      callers: [...POLICY.callers, { ...POLICY.callers[0], grants: [] }],
    });
    const compiled = document.ok && AccessPolicy.compile(document.value);
    expect(compiled && !compiled.ok && compiled.problems).toEqual([
      'caller id "portal" appears more than once',
      'API key id "portalkey1" appears more than once',
      'OAuth client "portal-client" appears more than once',
    ]);
  });

  it.each([
    [{ ...POLICY, version: 2 }, 'version'],
    [
      { ...POLICY, callers: [{ id: 'x', grants: [{ operation: 'population:citizen.lookups' }] }] },
      'callers.0.grants.0.operation',
    ],
    [{ ...POLICY, callers: [{ id: 'x', roles: ['root'] }] }, 'callers.0.roles'],
    [
      { ...POLICY, callers: [{ id: 'x', apiKeys: [{ id: 'k', sha256: 'zz' }] }] },
      'callers.0.apiKeys.0.id',
    ],
    [{ ...POLICY, callers: [{ id: 'x', secret: 'y' }] }, 'callers.0.secret'],
  ])('names the problem of a broken document (%#)', (plain, field) => {
    const document = validateContract(AccessPolicyDocument, plain);
    expect(!document.ok && document.errors.map((error) => error.field)).toContain(field);
  });
});

describe('access decisions', () => {
  const policy = policyOf(POLICY);
  const portal = policy.caller('portal')!;
  const catalogue = CATALOGUE.ok ? CATALOGUE.catalogue : undefined!;

  it('allows a granted operation that the procedure uses, under its national code with suffixes', () => {
    const decision = decideOperation(
      policy,
      catalogue,
      portal,
      'civil-status',
      'birth.lookup',
      '1.001193.000.00.00.H12',
    );
    expect(decision).toEqual({
      ok: true,
      grant: expect.objectContaining({ fields: ['child.fullName'] }),
    });
  });

  it.each([
    ['an operation not granted', 'population', 'citizen.lookup', '1.001193', 'NOT_GRANTED'],
    [
      'a procedure that does not use it',
      'civil-status',
      'death.lookup',
      '1.001193',
      'PROCEDURE_NOT_ALLOWED',
    ],
    ['an unknown procedure', 'civil-status', 'birth.lookup', '9.999999', 'PROCEDURE_NOT_ALLOWED'],
  ] as const)('refuses %s', (_what, target, operation, procedure, reason) => {
    const decision = decideOperation(policy, catalogue, portal, target, operation, procedure);
    expect(decision).toEqual({ ok: false, refusal: expect.objectContaining({ reason }) });
  });

  it('takes the requester header only when it names the caller', () => {
    expect(decideRequester(portal, undefined)).toBeUndefined();
    expect(decideRequester(portal, 'portal')).toBeUndefined();
    expect(decideRequester(portal, 'dossier-core')?.reason).toBe('REQUESTER_MISMATCH');
  });

  it('asks for the role a route needs', () => {
    expect(decideRole(policy.caller('ops-team')!, 'ops')).toBeUndefined();
    expect(decideRole(portal, 'ops')?.reason).toBe('ROLE_REQUIRED');
    expect(decideRole(policy.caller('ops-team')!, 'auditor')?.reason).toBe('ROLE_REQUIRED');
  });
});

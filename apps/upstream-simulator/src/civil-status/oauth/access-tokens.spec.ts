import { AccessTokens } from './access-tokens';

describe('AccessTokens', () => {
  let now: number;
  let tokens: AccessTokens;

  beforeEach(() => {
    now = 1_700_000_000_000;
    tokens = new AccessTokens(60, () => now);
  });

  it('issues distinct, opaque tokens with their lifetime, valid until they expire', () => {
    const first = tokens.issue();
    const second = tokens.issue();
    expect(first.expiresIn).toBe(60);
    expect(first.accessToken).toMatch(/^[\w-]{40,}$/);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(tokens.check(first.accessToken)).toBe('valid');
    now += 59_999;
    expect(tokens.check(first.accessToken)).toBe('valid');
    now += 1;
    expect(tokens.check(first.accessToken)).toBe('expired');
  });

  it('knows nothing of a token it never issued', () => {
    expect(tokens.check('forged')).toBe('unknown');
  });

  it('revokes every token issued so far, not those issued afterwards', () => {
    const before = tokens.issue().accessToken;
    tokens.revokeAll();
    const after = tokens.issue().accessToken;
    expect(tokens.check(before)).toBe('revoked');
    expect(tokens.check(after)).toBe('valid');
  });

  it('refuses the next calls as expired while the token is nominally valid, then lets it through', () => {
    const { accessToken } = tokens.issue();
    tokens.expireNextCalls(2);
    expect(tokens.check('forged')).toBe('unknown');
    expect(tokens.check(accessToken)).toBe('expired');
    expect(tokens.pendingExpiries).toBe(1);
    expect(tokens.check(accessToken)).toBe('expired');
    expect(tokens.check(accessToken)).toBe('valid');
  });

  it('still says expired, not unknown, for a token that expired hours ago', () => {
    const { accessToken } = tokens.issue();
    now += 6 * 3600 * 1000;
    tokens.issue();
    expect(tokens.check(accessToken)).toBe('expired');
  });
});

import { apiKeyId, apiKeyMatches, newApiKey, sha256Hex } from './api-key';

describe('API keys', () => {
  const { key, id, sha256 } = newApiKey();
  const record = { sha256: Buffer.from(sha256, 'hex') };

  it('carry 256 random bits and their id; the policy holds only the hash', () => {
    expect(key).toMatch(/^igw_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiKeyId(key)).toBe(id);
    expect(sha256Hex(key)).toBe(sha256);
    expect(newApiKey().key).not.toBe(key);
  });

  it('match only the key whose hash the record holds', () => {
    expect(apiKeyMatches(key, record)).toBe(true);
    expect(apiKeyMatches(`${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`, record)).toBe(
      false,
    );
    expect(apiKeyMatches(key, undefined)).toBe(false);
  });

  it('stop matching at their expiry', () => {
    const expiring = { ...record, expiresAt: 1_000 };
    expect(apiKeyMatches(key, expiring, 999)).toBe(true);
    expect(apiKeyMatches(key, expiring, 1_000)).toBe(false);
  });

  it('have no id when malformed', () => {
    for (const text of ['', 'igw_short_x', `${key}x`, key.replace('igw_', 'abc_'), 'a.b.c']) {
      expect(apiKeyId(text)).toBeUndefined();
    }
  });

  it('take as long to refuse an unknown id as a wrong secret for a known one', () => {
    const wrong = `${key.slice(0, -4)}AAAA`;
    const time = (check: () => boolean) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < 2_000; i++) check();
      return Number(process.hrtime.bigint() - started);
    };
    let known = 0;
    let unknown = 0;
    // Interleaved rounds, so that whatever else the machine does weighs on both alike.
    for (let round = 0; round < 10; round++) {
      known += time(() => apiKeyMatches(wrong, record));
      unknown += time(() => apiKeyMatches(wrong, undefined));
    }
    expect(unknown / known).toBeGreaterThan(0.5);
    expect(unknown / known).toBeLessThan(2);
  });
});

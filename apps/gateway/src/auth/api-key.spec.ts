import { apiKeyId, apiKeyMatches, newApiKey, sha256Hex } from './api-key';

/** The module object itself (an ES namespace import is frozen), so that its functions can be spied on. */
const crypto = jest.requireActual<typeof import('node:crypto')>('node:crypto');

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

  it('make the same hash and constant-time comparison for an unknown id as for a known one', () => {
    // Behaviour, not a stopwatch: a refusal that skipped the work for an unknown id would tell
    // an attacker which ids exist. A timed assertion was flaky on a loaded CI machine.
    const wrong = `${key.slice(0, -4)}AAAA`;
    const hashes = jest.spyOn(crypto, 'createHash');
    const comparisons = jest.spyOn(crypto, 'timingSafeEqual');
    try {
      const calls = (check: () => boolean) => {
        hashes.mockClear();
        comparisons.mockClear();
        expect(check()).toBe(false);
        const compared = comparisons.mock.calls.map(([a, b]) => [
          (a as Buffer).length,
          (b as Buffer).length,
        ]);
        return { hashes: hashes.mock.calls.map(([algorithm]) => algorithm), compared };
      };
      const known = calls(() => apiKeyMatches(wrong, record));
      const unknown = calls(() => apiKeyMatches(wrong, undefined));
      expect(known).toEqual({ hashes: ['sha256'], compared: [[32, 32]] });
      expect(unknown).toEqual(known);
    } finally {
      hashes.mockRestore();
      comparisons.mockRestore();
    }
  });
});

import { createHash } from 'node:crypto';
import { canonicalEvent, chainHash, GENESIS_HASH } from './chain-hash';

describe('canonicalEvent (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and drops whitespace', () => {
    expect(canonicalEvent({ b: 1, a: { d: true, c: null }, é: 'x', Z: [2, 1] })).toBe(
      '{"Z":[2,1],"a":{"c":null,"d":true},"b":1,"é":"x"}',
    );
  });

  it('writes numbers in their ECMAScript form, as the RFC requires', () => {
    expect(canonicalEvent({ n: [1.0, 1e21, 0.000001, -0] })).toBe('{"n":[1,1e+21,0.000001,0]}');
  });

  it('keeps Vietnamese text as it is, escaping only what JSON must', () => {
    expect(canonicalEvent({ s: 'Nguyễn\n"An"' })).toBe('{"s":"Nguyễn\\n\\"An\\""}');
  });

  it('is the same whatever order the properties arrived in', () => {
    expect(canonicalEvent({ x: 1, y: 2 })).toBe(canonicalEvent({ y: 2, x: 1 }));
  });
});

describe('chainHash', () => {
  it('is SHA-256 over the raw previous hash then the canonical bytes', () => {
    const canonical = '{"a":1}';
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.alloc(32), Buffer.from(canonical)]))
      .digest('hex');
    expect(chainHash(GENESIS_HASH, canonical)).toBe(expected);
  });

  it('depends on the previous hash', () => {
    expect(chainHash('11'.repeat(32), '{}')).not.toBe(chainHash(GENESIS_HASH, '{}'));
  });
});

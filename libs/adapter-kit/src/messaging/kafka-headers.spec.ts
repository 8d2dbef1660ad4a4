import { decodeHeaders } from './kafka-headers';

describe('decodeHeaders', () => {
  it('turns bytes into strings, takes the first of a repeated header and skips empty ones', () => {
    expect(
      decodeHeaders({
        a: Buffer.from('één'),
        b: 'text',
        c: [Buffer.from('first'), Buffer.from('second')],
        d: undefined,
      }),
    ).toEqual({ a: 'één', b: 'text', c: 'first' });
  });

  it('reads a message without headers as none', () => {
    expect(decodeHeaders(undefined)).toEqual({});
  });
});

import { isIdCardNumber } from './id-card';

describe('isIdCardNumber', () => {
  it('accepts nine digits', () => {
    expect(isIdCardNumber('012345678')).toBe(true);
  });

  it.each(['01234567', '0123456789', '01234567a', '012 345 678'])('rejects %p', (text) => {
    expect(isIdCardNumber(text)).toBe(false);
  });
});

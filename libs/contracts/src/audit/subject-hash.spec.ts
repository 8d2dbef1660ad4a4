import { subjectHash } from './subject-hash';

describe('subjectHash', () => {
  it('is HMAC-SHA-256 in hex: RFC 4231 test case 2', () => {
    expect(subjectHash('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('hashes an identification number as openssl does', () => {
    // printf '%s' 001085012345 | openssl dgst -sha256 -hmac audit-subject-secret
    expect(subjectHash('audit-subject-secret', '001085012345')).toBe(
      '035d14570edd50e7b1edcdb8b6f5079e9316b0e2a26d115f6c701b5bb221ad03',
    );
  });

  it('depends on the secret', () => {
    expect(subjectHash('one', '0100137657')).not.toBe(subjectHash('two', '0100137657'));
  });
});

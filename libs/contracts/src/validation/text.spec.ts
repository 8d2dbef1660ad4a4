import { IsText, validateContract } from '../index';

class Named {
  @IsText({ maxLength: 10, minLength: 2 })
  name: string;
}

function check(name: unknown) {
  return validateContract(Named, { name });
}

describe('IsText', () => {
  it('normalises to NFC and trims before checking and passing the value on', () => {
    const decomposed = '  Nguye\u0302\u0303n  '; // e + combining circumflex + combining tilde
    const result = check(decomposed);
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ name: 'Nguyễn' }) });
    expect(result.ok && result.value.name.length).toBe(6);
  });

  it.each([
    ['empty', '', 'name must not be empty or blank'],
    ['blank', ' \t ', 'name must not be empty or blank'],
    ['zero-width spaces only', '\u200b\u200b\u200b', 'name must contain visible characters'],
    ['a BOM and a bidi mark', '\ufeff\u200f', 'name must contain visible characters'],
    ['Hangul fillers', '\u3164\u3164', 'name must contain visible characters'],
    ['a NUL inside', 'An\u0000h', 'name must not contain control characters'],
    ['a newline inside', 'An\nh', 'name must not contain control characters'],
  ])('refuses %s', (_what, name, message) => {
    const result = check(name);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.message)).toContain(message);
  });

  it('counts lengths after normalisation', () => {
    expect(check(' A ').ok).toBe(false);
    expect(check(' Ân ').ok).toBe(true);
    expect(check('x'.repeat(11)).ok).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [42, ['An'], { a: 1 }, null]) expect(check(value).ok).toBe(false);
  });
});

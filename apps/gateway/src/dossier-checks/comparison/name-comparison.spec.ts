import { compareNames, compareWithAnyName, normaliseName } from './name-comparison';

describe('normaliseName', () => {
  it('folds Unicode form, case and spacing', () => {
    const decomposed = 'Nguyễn Văn An'.normalize('NFD');
    expect(normaliseName(`  ${decomposed.toUpperCase()}\t `)).toBe('nguyễn văn an');
    expect(normaliseName('Nguyễn   Văn\u00a0An')).toBe('nguyễn văn an');
  });

  it('lowercases Đ to đ, not to d', () => {
    expect(normaliseName('ĐẶNG THỊ ĐÀO')).toBe('đặng thị đào');
  });
});

describe('compareNames', () => {
  it('matches the same name however it was typed', () => {
    expect(compareNames('Nguyễn Văn An', 'Nguyễn Văn An')).toEqual({ verdict: 'MATCH' });
    expect(compareNames('NGUYỄN VĂN AN', 'Nguyễn Văn An')).toEqual({ verdict: 'MATCH' });
    expect(compareNames('Nguyễn Văn An'.normalize('NFD'), 'Nguyễn Văn An')).toEqual({
      verdict: 'MATCH',
    });
    expect(compareNames(' Nguyễn  Văn   An ', 'Nguyễn Văn An')).toEqual({ verdict: 'MATCH' });
  });

  it('says a name without its diacritics differs only in diacritics', () => {
    expect(compareNames('Nguyen Van An', 'Nguyễn Văn An')).toEqual({
      verdict: 'MISMATCH',
      difference: 'diacritics',
      reason: 'differs from the registered name only in diacritics',
    });
  });

  it('counts one syllable without diacritics, or a wrong tone, as a diacritics difference', () => {
    expect(compareNames('Nguyễn Van An', 'Nguyễn Văn An').difference).toBe('diacritics');
    expect(compareNames('Nguyễn Vấn An', 'Nguyễn Văn An').difference).toBe('diacritics');
  });

  it('takes đ and d as different letters that differ only in a diacritic', () => {
    const check = compareNames('Dang Thi Dao', 'Đặng Thị Đào');
    expect(check).toEqual(
      expect.objectContaining({ verdict: 'MISMATCH', difference: 'diacritics' }),
    );
  });

  it('names a tone mark placed the other way, and still does not match it', () => {
    for (const [older, newer] of [
      ['Lê Thị Hòa', 'Lê Thị Hoà'],
      ['Phạm Thủy Tiên', 'Phạm Thuỷ Tiên'],
      ['Trần Văn Hóa', 'Trần Văn Hoá'],
    ]) {
      const check = compareNames(older, newer);
      expect(check.verdict).toBe('MISMATCH');
      expect(check.difference).toBe('tone-mark-placement');
      expect(check.reason).toContain('where a tone mark is placed');
    }
  });

  it('tells a missing tone from a misplaced one', () => {
    expect(compareNames('Lê Thị Hoa', 'Lê Thị Hoà').difference).toBe('diacritics');
  });

  it('names a middle name present on one side only', () => {
    for (const [claimed, registered] of [
      ['Nguyễn An', 'Nguyễn Văn An'],
      ['Nguyễn Văn An', 'Nguyễn An'],
      ['Tôn Nữ Mai', 'Tôn Nữ Thị Mai'],
    ]) {
      expect(compareNames(claimed, registered)).toEqual({
        verdict: 'MISMATCH',
        difference: 'name-part-missing',
        reason: 'a middle name is present in one name and missing in the other',
      });
    }
  });

  it('does not take a different family or given name for a missing middle name', () => {
    expect(compareNames('Nguyễn Văn', 'Nguyễn Văn An').difference).toBe('different');
    expect(compareNames('Văn An', 'Nguyễn Văn An').difference).toBe('different');
  });

  it('names the same words in another order', () => {
    expect(compareNames('Văn An Nguyễn', 'Nguyễn Văn An').difference).toBe('word-order');
  });

  it('calls anything else a different name', () => {
    expect(compareNames('Trần Thị Bình', 'Nguyễn Văn An')).toEqual({
      verdict: 'MISMATCH',
      difference: 'different',
      reason: 'differs from the registered name',
    });
  });

  it('never repeats the registered name in its reason', () => {
    const registered = 'Nguyễn Văn An';
    for (const claimed of ['Nguyen Van An', 'Nguyễn An', 'Văn An Nguyễn', 'Trần Bình']) {
      expect(compareNames(claimed, registered).reason).not.toMatch(/Nguyễn|Văn|An\b/);
    }
  });
});

describe('compareWithAnyName', () => {
  const names = ['Công ty TNHH Hoàng Long', 'Hoang Long Company Limited', 'Hoàng Long Co'];

  it('matches any of the registered names', () => {
    expect(compareWithAnyName('hoang long company limited', names)).toEqual({ verdict: 'MATCH' });
    expect(compareWithAnyName('HOÀNG LONG CO', names)).toEqual({ verdict: 'MATCH' });
  });

  it('reports the closest difference when none matches', () => {
    expect(compareWithAnyName('Cong ty TNHH Hoang Long', names).difference).toBe('diacritics');
    expect(compareWithAnyName('Công ty Cổ phần Bình Minh', names).difference).toBe('different');
  });

  it('is a mismatch when there is nothing to compare with', () => {
    expect(compareWithAnyName('Hoàng Long', []).verdict).toBe('MISMATCH');
  });
});

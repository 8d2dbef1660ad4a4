import { Random } from './random';
import { AlternateSpelling, fullNameOf, NameParts } from './synthetic-citizen';

/**
 * Syllables whose tone mark registers place differently: the older style marks the first vowel
 * of oa, oe, uy (Hòa, Thủy), the newer one the second (Hoà, Thuỷ). Both are correct Vietnamese;
 * a byte-wise comparison of two registers still sees two different names.
 */
const TONE_MARK_VARIANTS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['Hòa', 'Hoà'],
    ['Hóa', 'Hoá'],
    ['Hỏa', 'Hoả'],
    ['Thùy', 'Thuỳ'],
    ['Thúy', 'Thuý'],
    ['Thủy', 'Thuỷ'],
    ['Thụy', 'Thuỵ'],
  ].flatMap(([older, newer]) => [
    [older, newer],
    [newer, older],
  ]),
);

/** The name written without its diacritics, as a keyboard without Vietnamese input leaves it. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * How another register might write this name: a tone mark placed the other way where the name
 * allows it, else a syllable without diacritics, else the middle name left out.
 */
export function alternateSpellingOf(
  name: NameParts,
  random: Random,
): AlternateSpelling | undefined {
  const parts: (keyof NameParts)[] = ['family', 'middle', 'given'];
  const toneVariant = parts.find((part) => TONE_MARK_VARIANTS[name[part]]);
  if (toneVariant) {
    const fullName = fullNameOf({ ...name, [toneVariant]: TONE_MARK_VARIANTS[name[toneVariant]] });
    return { fullName, kind: 'tone-mark-placement' };
  }
  const accented = parts.filter((part) => withoutDiacritics(name[part]) !== name[part]);
  if (accented.length > 0 && (name.middle === '' || random.chance(0.6))) {
    const part = random.pick(accented);
    const fullName = fullNameOf({ ...name, [part]: withoutDiacritics(name[part]) });
    return { fullName, kind: 'missing-diacritic' };
  }
  if (name.middle === '') return undefined;
  return { fullName: fullNameOf({ ...name, middle: '' }), kind: 'middle-name-omitted' };
}

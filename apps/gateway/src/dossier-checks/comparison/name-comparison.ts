import { FieldCheck } from '@interop/contracts';

/** Combining tone marks: grave, acute, tilde, hook above, dot below. Not â ê ô ơ ư ă, which are letters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ALL_DIACRITICS = /[\u0300-\u036f]/g;

/** Unicode form, case and spacing are how a name was typed, not what it is. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').trim().replace(/\s+/g, ' ');
}

/** Each syllable with its tone mark moved to its end: "hòa" and "hoà" give the same key. */
function toneNeutral(normalised: string): string {
  return normalised
    .split(' ')
    .map((syllable) => {
      const decomposed = syllable.normalize('NFD');
      const tones = decomposed.match(TONE_MARKS)?.join('') ?? '';
      return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones;
    })
    .join(' ');
}

/** The name as a keyboard without Vietnamese input leaves it; đ loses its bar too. */
function withoutDiacritics(normalised: string): string {
  return normalised.normalize('NFD').replace(ALL_DIACRITICS, '').replace(/đ/g, 'd');
}

/** Every word of `shorter`, in order, among those of `longer`, first and last included. */
function missesInnerParts(shorter: string[], longer: string[]): boolean {
  if (shorter.length === 0 || shorter.length >= longer.length) return false;
  if (shorter[0] !== longer[0] || shorter.at(-1) !== longer.at(-1)) return false;
  let next = 0;
  for (const word of longer) if (word === shorter[next]) next += 1;
  return next === shorter.length;
}

function sameWordsReordered(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

function mismatch(difference: FieldCheck['difference'], reason: string): FieldCheck {
  return { verdict: 'MISMATCH', difference, reason };
}

/**
 * A claimed name against a registered one, as a clerk reads them: the same after Unicode (NFC),
 * case and whitespace normalisation, with diacritics significant. A near-match is a MISMATCH
 * whose reason says what differs, without repeating the registered name.
 */
export function compareNames(claimed: string, registered: string): FieldCheck {
  const a = normaliseName(claimed);
  const b = normaliseName(registered);
  if (a === b) return { verdict: 'MATCH' };
  if (toneNeutral(a) === toneNeutral(b)) {
    return mismatch(
      'tone-mark-placement',
      'differs only in where a tone mark is placed (as in Hòa and Hoà): both spellings are ' +
        'correct Vietnamese, but the registers do not treat them as the same name',
    );
  }
  if (withoutDiacritics(a) === withoutDiacritics(b)) {
    return mismatch('diacritics', 'differs from the registered name only in diacritics');
  }
  const [wordsA, wordsB] = [a.split(' '), b.split(' ')];
  if (missesInnerParts(wordsA, wordsB) || missesInnerParts(wordsB, wordsA)) {
    return mismatch(
      'name-part-missing',
      'a middle name is present in one name and missing in the other',
    );
  }
  if (sameWordsReordered(wordsA, wordsB)) {
    return mismatch('word-order', 'has the same words as the registered name in another order');
  }
  return mismatch('different', 'differs from the registered name');
}

/** The verdict against whichever of several registered names is closest: a MATCH if any matches. */
export function compareWithAnyName(claimed: string, registered: readonly string[]): FieldCheck {
  const checks = registered.map((name) => compareNames(claimed, name));
  return checks.find((check) => check.verdict === 'MATCH') ?? closest(checks);
}

const CLOSENESS: readonly FieldCheck['difference'][] = [
  'tone-mark-placement',
  'diacritics',
  'name-part-missing',
  'word-order',
  'different',
];

function closest(checks: FieldCheck[]): FieldCheck {
  const rank = (check: FieldCheck) => CLOSENESS.indexOf(check.difference);
  return (
    [...checks].sort((x, y) => rank(x) - rank(y))[0] ??
    mismatch('different', 'no registered name to compare with')
  );
}

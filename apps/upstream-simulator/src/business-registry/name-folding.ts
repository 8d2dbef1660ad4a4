/** The letters of Vietnamese text without tone marks and other diacritics: "Đạt" → "Dat". */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * How a search box compares names: case, spacing, Unicode form and diacritics ignored, since
 * people type "hoang long" for "Hoàng Long".
 */
export function foldForSearch(text: string): string {
  return withoutDiacritics(text).toLowerCase().trim().replace(/\s+/g, ' ');
}

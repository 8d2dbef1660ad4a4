/** A mapped upstream answer, or every problem found in it: such an answer is never returned. */
export type Mapped<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** A code's meaning in a table of the upstream's codes; own keys only, so "constructor" is no code. */
export function codeIn<T>(table: Readonly<Record<string, T>>, code: string): T | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/**
 * Replaces the lines between `# >>> derived: <name>` and `# <<< derived: <name>` with `lines`,
 * for a file of which only a part is computed from the registry. The markers must be there.
 */
export function withDerivedRegion(text: string, name: string, lines: readonly string[]): string {
  const begin = `# >>> derived: ${name} (npm run derive writes this part; do not edit it)`;
  const end = `# <<< derived: ${name}`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no derived region "${name}": expected "${begin}"`);
  const indent = text.slice(text.lastIndexOf('\n', from) + 1, from);
  const body = lines.map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n');
  return `${text.slice(0, from + begin.length)}\n${body}\n${indent}${text.slice(to)}`;
}

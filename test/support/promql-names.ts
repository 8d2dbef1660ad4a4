/** Keywords of PromQL that read like names: binary operators, modifiers, special numbers. */
const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);

/** Clauses whose parenthesised list holds label names, never metric names. */
const LABEL_LISTS = /\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g;

/** Numbers and durations (from a digit), and names. */
const TOKENS = /\d[\w.]*|[A-Za-z_:][\w:]*/g;

/** Whether a token, followed by `after`, is a metric's name: not a number, keyword or function. */
function selectsMetric(token: string, after: string): boolean {
  return !/^\d/.test(token) && !KEYWORDS.has(token.toLowerCase()) && !/^\s*\(/.test(after);
}

/**
 * The metric names a PromQL expression selects. Not a parser: promtool checks the syntax; this
 * only drops what cannot be a metric name (strings, label matchers, ranges, label lists,
 * numbers and durations, keywords, and the names of functions and aggregations, which are
 * followed by a parenthesis) and keeps the rest.
 */
export function metricNames(expr: string): string[] {
  const named = [...expr.matchAll(/__name__\s*=\s*"([^"]+)"/g)].map(([, name]) => name);
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(LABEL_LISTS, ' ');
  const selected = [...bare.matchAll(TOKENS)]
    .filter(({ 0: token, index }) => selectsMetric(token, bare.slice(index + token.length)))
    .map(([token]) => token);
  return [...new Set([...named, ...selected])].sort();
}

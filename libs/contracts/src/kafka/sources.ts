/** The national databases the gateway fronts; each has one adapter and one request topic. */
export const SOURCES = ['population', 'civil-status', 'business-registry'] as const;

export type SourceName = (typeof SOURCES)[number];

export function isSourceName(value: unknown): value is SourceName {
  return typeof value === 'string' && (SOURCES as readonly string[]).includes(value);
}

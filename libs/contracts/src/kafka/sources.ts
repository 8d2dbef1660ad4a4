import { SOURCE_REGISTRY, SourceName } from '../sources/source-registry';

export type { SourceName } from '../sources/source-registry';

/** The national databases the gateway fronts; each has one adapter and one request topic. */
export const SOURCES: readonly SourceName[] = SOURCE_REGISTRY.map(({ name }) => name);

export function isSourceName(value: unknown): value is SourceName {
  return typeof value === 'string' && (SOURCES as readonly string[]).includes(value);
}

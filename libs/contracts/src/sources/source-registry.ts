import { BUSINESS_REGISTRY_SOURCE } from './business-registry.source';
import { CIVIL_STATUS_SOURCE } from './civil-status.source';
import { POPULATION_SOURCE } from './population.source';
import { OperationDescriptor, SourceDescriptor } from './source-descriptor';

/**
 * Every source the gateway fronts, one line each. Topics, routes, the API documents, health, the
 * access vocabulary, audit events, start scripts and deployment files are derived from it.
 */
export const SOURCE_REGISTRY = [
  POPULATION_SOURCE,
  CIVIL_STATUS_SOURCE,
  BUSINESS_REGISTRY_SOURCE,
] as const satisfies readonly SourceDescriptor[];

export type SourceName = (typeof SOURCE_REGISTRY)[number]['name'];

/** The descriptor of a source of the registry. */
export function sourceDescriptor(name: SourceName): SourceDescriptor<SourceName> {
  return SOURCE_REGISTRY.find((source) => source.name === name)!;
}

/** The descriptor of `operation` of `source`, if the source has that operation. */
export function operationDescriptor(
  source: SourceName,
  operation: string,
): OperationDescriptor | undefined {
  return sourceDescriptor(source).operations.find(({ name }) => name === operation);
}

/** A value for every source of the registry, computed from its descriptor. */
export function bySource<T>(
  value: (source: SourceDescriptor<SourceName>) => T,
): Readonly<Record<SourceName, T>> {
  return Object.fromEntries(
    SOURCE_REGISTRY.map((source) => [source.name, value(source)]),
  ) as Record<SourceName, T>;
}

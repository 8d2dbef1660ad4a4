import { SourceName, SOURCES } from '@interop/contracts';

/** The app of a source's adapter: `apps/<source>-adapter`. */
export function adapterApp(source: SourceName): string {
  return `${source}-adapter`;
}

/** The apps that are not a source's: started and deployed once, whatever the registry holds. */
export const CORE_APPS = ['gateway', 'upstream-simulator', 'audit-log'] as const;

export const LIBS = ['contracts', 'adapter-kit', 'platform'] as const;

/** Every app, in the order `npm start` starts them. */
export function allApps(sources: readonly SourceName[] = SOURCES): string[] {
  return ['upstream-simulator', ...sources.map(adapterApp), 'audit-log', 'gateway'];
}

/** Where a source's adapter serves /metrics: 9101 for the registry's first source, and so on. */
export function adapterMetricsPort(
  source: SourceName,
  sources: readonly SourceName[] = SOURCES,
): number {
  return 9101 + sources.indexOf(source);
}

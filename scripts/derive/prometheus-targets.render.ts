import { SourceName, SOURCES } from '@interop/contracts';
import { adapterApp, adapterMetricsPort } from './app-names';
import { withDerivedRegion } from './derived-region';

/** config/prometheus/prometheus.yml's adapter targets: one per source, labelled with it. */
export function withPrometheusTargets(
  current: string,
  sources: readonly SourceName[] = SOURCES,
): string {
  const targets = sources.flatMap((source) => [
    `- targets: ['${adapterApp(source)}:${adapterMetricsPort(source, sources)}']`,
    `  labels: { source: ${source} }`,
  ]);
  return withDerivedRegion(current, 'adapter targets', targets);
}

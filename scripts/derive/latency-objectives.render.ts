import { SOURCE_REGISTRY } from '@interop/contracts';

/**
 * config/prometheus/latency-objectives.yml: each source's latency objective (`latencyObjectiveMs`
 * of its descriptor) as a recording rule that LatencyOverObjective and the dashboard compare the
 * gateway's p95 with. Prometheus cannot read libs/contracts, so it reads this copy.
 * `npm run derive` rewrites it; derived-files.spec.ts fails when it is stale.
 */
export function latencyObjectivesFile(): string {
  const rules = SOURCE_REGISTRY.flatMap(({ name, latencyObjectiveMs }) => [
    '      - record: source:interop_latency_objective_seconds',
    `        expr: vector(${latencyObjectiveMs / 1000})`,
    '        labels:',
    `          source: ${name}`,
  ]);
  return [
    "# The p95 latency each source is expected to keep, from its descriptor's latencyObjectiveMs.",
    '# Written by `npm run derive` from libs/contracts; a unit test fails when the two differ.',
    'groups:',
    '  - name: interop-latency-objectives',
    '    rules:',
    ...rules,
    '',
  ].join('\n');
}

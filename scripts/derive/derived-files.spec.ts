import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCES } from '@interop/contracts';
import { DERIVED_FILES } from './derived-files';
import { renderNestCli } from './nest-cli.render';
import { withPrometheusTargets } from './prometheus-targets.render';

const ROOT = path.resolve(__dirname, '../..');

describe('files derived from the source registry', () => {
  it.each(DERIVED_FILES.map((file) => [file.path, file]))(
    '%s is what the registry gives (else: npm run derive)',
    (at, file) => {
      const current = readFileSync(path.join(ROOT, at), 'utf8');
      expect(file.render(current)).toBe(current);
    },
  );

  it('gives a new source its adapter app, with no other edit', () => {
    const cli = JSON.parse(renderNestCli([...SOURCES, 'land-registry' as never])) as {
      projects: Record<string, { root: string }>;
    };
    expect(cli.projects['land-registry-adapter']).toMatchObject({
      root: 'apps/land-registry-adapter',
    });
  });

  it('gives a new source its Prometheus target, on the next metrics port', () => {
    const current = readFileSync(path.join(ROOT, 'config/prometheus/prometheus.yml'), 'utf8');
    const derived = withPrometheusTargets(current, [...SOURCES, 'land-registry' as never]);
    expect(derived).toContain(`- targets: ['land-registry-adapter:${9101 + SOURCES.length}']`);
    expect(derived).toContain('labels: { source: land-registry }');
  });
});

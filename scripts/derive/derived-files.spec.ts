import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCES } from '@interop/contracts';
import { parse } from 'yaml';
import { adapterProcesses } from '../stack/adapter-processes';
import { withComposeAdapters } from './compose.render';
import { DERIVED_FILES } from './derived-files';
import { renderNestCli } from './nest-cli.render';
import { withPrometheusTargets } from './prometheus-targets.render';

const ROOT = path.resolve(__dirname, '../..');

describe('files derived from the source registry', () => {
  it.each(DERIVED_FILES.map((file) => [file.path, file]))(
    '%s is what the registry gives (else: npm run derive)',
    async (at, file) => {
      const current = readFileSync(path.join(ROOT, at), 'utf8');
      expect(await file.render(current)).toBe(current);
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

  it('gives a new source its compose service, broker secret and demo credential', () => {
    const sources = [...SOURCES, 'land-registry' as never];
    const credentialsOf = (source: string): Record<string, string> =>
      source === 'land-registry'
        ? { UPSTREAM_API_KEY: 'dev-land-registry-key' }
        : { UPSTREAM_TOKEN: `dev-${source}-token` };
    const file = path.join(ROOT, 'docker-compose.yml');
    const derived = withComposeAdapters(
      readFileSync(file, 'utf8'),
      adapterProcesses(undefined, sources, credentialsOf),
    );
    // As the formatting check wants it, so that the generator's tree passes `npm test`.
    const prettier = path.join(ROOT, 'node_modules/.bin/prettier');
    expect(derived).toBe(
      execFileSync(prettier, ['--stdin-filepath', file], { input: derived, encoding: 'utf8' }),
    );
    const compose = parse(derived, { merge: true }) as {
      services: Record<string, { environment: Record<string, unknown>; ports: string[] }>;
      secrets: Record<string, { file: string }>;
    };
    const port = 9101 + SOURCES.length;
    expect(compose.services['land-registry-adapter'].environment).toMatchObject({
      KAFKA_SASL_USERNAME: 'land-registry-adapter',
      UPSTREAM_URL: 'http://upstream-simulator:4000',
      UPSTREAM_API_KEY: '${LAND_REGISTRY_API_KEY:-dev-land-registry-key}',
      METRICS_PORT: port,
    });
    expect(compose.services['land-registry-adapter'].ports).toEqual([`127.0.0.1:${port}:${port}`]);
    expect(compose.services['upstream-simulator'].environment).toMatchObject({
      LAND_REGISTRY_API_KEY: '${LAND_REGISTRY_API_KEY:-dev-land-registry-key}',
    });
    expect(compose.secrets['kafka-land-registry-adapter']).toEqual({
      file: '.cache/kafka/credentials/land-registry-adapter.password',
    });
  });

  it('refuses a demo credential an adapter would not read', () => {
    expect(() => adapterProcesses(undefined, ['population'], () => ({ API_KEY: 'x' }))).toThrow(
      /API_KEY is not named UPSTREAM_\*/,
    );
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCES } from '@interop/contracts';
import { parse } from 'yaml';
import { adapterProcesses } from '../stack/adapter-processes';
import { withComposeAdapters } from './compose.render';
import { DERIVED_FILES, derivedText } from './derived-files';
import { renderNestCli } from './nest-cli.render';
import { withPrometheusTargets } from './prometheus-targets.render';

const ROOT = path.resolve(__dirname, '../..');

describe('files derived from the source registry', () => {
  it.each(DERIVED_FILES.map((file) => [file.path, file]))(
    '%s is what the registry gives (else: npm run derive)',
    async (at, file) => {
      const current = readFileSync(path.join(ROOT, at), 'utf8');
      expect(await derivedText(file, current, ROOT)).toBe(current);
    },
  );

  it('gives a new source its adapter app, with no other edit', () => {
    const cli = JSON.parse(renderNestCli([...SOURCES, 'hypothetical-register' as never])) as {
      projects: Record<string, { root: string }>;
    };
    expect(cli.projects['hypothetical-register-adapter']).toMatchObject({
      root: 'apps/hypothetical-register-adapter',
    });
  });

  it('gives a new source its Prometheus target, on the next metrics port', () => {
    const current = readFileSync(path.join(ROOT, 'config/prometheus/prometheus.yml'), 'utf8');
    const derived = withPrometheusTargets(current, [...SOURCES, 'hypothetical-register' as never]);
    expect(derived).toContain(
      `- targets: ['hypothetical-register-adapter:${9101 + SOURCES.length}']`,
    );
    expect(derived).toContain('labels: { source: hypothetical-register }');
  });

  it('gives a new source its compose service, broker secret and demo credential', async () => {
    const sources = [...SOURCES, 'hypothetical-register' as never];
    const credentialsOf = (source: string): Record<string, string> =>
      source === 'hypothetical-register'
        ? { UPSTREAM_API_KEY: 'dev-hypothetical-register-key' }
        : { UPSTREAM_TOKEN: `dev-${source}-token` };
    const file = path.join(ROOT, 'docker-compose.yml');
    const composeFile = {
      path: 'docker-compose.yml',
      render: (current: string) =>
        withComposeAdapters(current, adapterProcesses(credentialsOf, sources)),
    };
    const derived = await derivedText(composeFile, readFileSync(file, 'utf8'), ROOT);
    // As the formatting check wants it, however long the new source's name makes its lines,
    // so that the generator's tree passes `npm test`.
    const prettier = path.join(ROOT, 'node_modules/.bin/prettier');
    expect(derived).toBe(
      execFileSync(prettier, ['--stdin-filepath', file], { input: derived, encoding: 'utf8' }),
    );
    const compose = parse(derived, { merge: true }) as {
      services: Record<string, { environment: Record<string, unknown>; ports: string[] }>;
      secrets: Record<string, { file: string }>;
    };
    const port = 9101 + SOURCES.length;
    expect(compose.services['hypothetical-register-adapter'].environment).toMatchObject({
      KAFKA_SASL_USERNAME: 'hypothetical-register-adapter',
      UPSTREAM_URL: 'http://upstream-simulator:4000',
      UPSTREAM_API_KEY: '${HYPOTHETICAL_REGISTER_API_KEY:-dev-hypothetical-register-key}',
      METRICS_PORT: port,
    });
    expect(compose.services['hypothetical-register-adapter'].ports).toEqual([
      `127.0.0.1:${port}:${port}`,
    ]);
    expect(compose.services['upstream-simulator'].environment).toMatchObject({
      HYPOTHETICAL_REGISTER_API_KEY:
        '${HYPOTHETICAL_REGISTER_API_KEY:-dev-hypothetical-register-key}',
    });
    expect(compose.secrets['kafka-hypothetical-register-adapter']).toEqual({
      file: '.cache/kafka/credentials/hypothetical-register-adapter.password',
    });
  });

  it('refuses a demo credential an adapter would not read', () => {
    expect(() => adapterProcesses(() => ({ API_KEY: 'x' }), ['population'])).toThrow(
      /API_KEY is not named UPSTREAM_\*/,
    );
  });
});

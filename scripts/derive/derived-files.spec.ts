import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCES } from '@interop/contracts';
import { DERIVED_FILES } from './derived-files';
import { renderNestCli } from './nest-cli.render';

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
});

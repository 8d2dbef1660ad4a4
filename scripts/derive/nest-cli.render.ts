import { SourceName, SOURCES } from '@interop/contracts';
import { adapterApp, CORE_APPS, LIBS } from './app-names';

const project = (type: 'application' | 'library', folder: string, name: string) => ({
  type,
  root: `${folder}/${name}`,
  entryFile: type === 'application' ? 'main' : 'index',
  sourceRoot: `${folder}/${name}/src`,
});

/** nest-cli.json: the monorepo's apps (one adapter per source of the registry) and libs. */
export function renderNestCli(sources: readonly SourceName[] = SOURCES): string {
  const apps = [CORE_APPS[0], ...sources.map(adapterApp), ...CORE_APPS.slice(1)];
  const projects = Object.fromEntries([
    ...apps.map((app) => [app, project('application', 'apps', app)]),
    ...LIBS.map((lib) => [lib, project('library', 'libs', lib)]),
  ]);
  const cli = {
    $schema: 'https://json.schemastore.org/nest-cli',
    collection: '@nestjs/schematics',
    monorepo: true,
    root: 'apps/gateway',
    sourceRoot: 'apps/gateway/src',
    compilerOptions: { builder: 'tsc', tsConfigPath: 'tsconfig.build.json' },
    projects,
  };
  return `${JSON.stringify(cli, null, 2)}\n`;
}

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { SOURCES } from '@interop/contracts';
import { withRegistryEntry } from './registry-entry';
import { SOURCE_NAME, SourceSpellings, spelled, spellings } from './source-names';

const ROOT = path.resolve(__dirname, '../../..');
const TEMPLATES = path.join(ROOT, 'scripts/new-source/templates');
const REGISTRY = path.join(ROOT, 'libs/contracts/src/sources/source-registry.ts');

const USAGE = 'usage: npm run new:source -- <name> --protocol rest|soap [--title "Land registry"]';

function fail(message: string): never {
  console.error(`new:source: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArguments(argv: string[]): SourceSpellings {
  const [name, ...rest] = argv;
  const option = (flag: string) => {
    const at = rest.indexOf(flag);
    return at < 0 ? undefined : rest[at + 1];
  };
  if (!name || name.startsWith('-')) fail('name the source');
  if (!SOURCE_NAME.test(name)) fail(`"${name}" is not lower-case words joined by "-"`);
  if ((SOURCES as readonly string[]).includes(name)) fail(`the registry has ${name} already`);
  const protocol = option('--protocol');
  if (protocol !== 'rest' && protocol !== 'soap') fail('--protocol must be rest or soap');
  if (!existsSync(path.join(TEMPLATES, protocol))) {
    fail(`there are no ${protocol} templates yet (scripts/new-source/templates/${protocol})`);
  }
  return spellings(name, protocol, option('--title'));
}

/** Template folder → where its files go, for the source. */
function destinations(names: SourceSpellings): [string, string][] {
  return [
    ['common/contracts', `libs/contracts/src/sources/${names.source}`],
    ['common/test', 'test/conformance'],
    ['common/adapter', `apps/${names.source}-adapter/src`],
    [`${names.protocol}/docs`, 'docs/sources'],
    [`${names.protocol}/simulator`, `apps/upstream-simulator/src/${names.source}`],
    [`${names.protocol}/adapter`, `apps/${names.source}-adapter/src`],
  ];
}

function templatesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const at = path.join(folder, entry);
    return statSync(at).isDirectory()
      ? templatesIn(at).map((file) => path.join(entry, file))
      : entry.endsWith('.tmpl')
        ? [entry]
        : [];
  });
}

function planFiles(names: SourceSpellings): { to: string; text: string }[] {
  return destinations(names).flatMap(([from, to]) =>
    templatesIn(path.join(TEMPLATES, from)).map((file) => ({
      to: path.join(to, spelled(file, names).replace(/\.tmpl$/, '')),
      text: spelled(readFileSync(path.join(TEMPLATES, from, file), 'utf8'), names),
    })),
  );
}

/** The folders `files` need that do not exist yet, outermost first. */
function missingFolders(files: readonly { to: string }[]): string[] {
  const missing = new Set<string>();
  for (const { to } of files) {
    for (let folder = path.dirname(to); folder !== '.'; folder = path.dirname(folder)) {
      if (existsSync(path.join(ROOT, folder))) break;
      missing.add(folder);
    }
  }
  return [...missing].sort((a, b) => a.length - b.length);
}

/** Writes the source's files and its registry line, formats them and derives the rest. */
function generate(names: SourceSpellings, files: readonly { to: string; text: string }[]): void {
  for (const { to, text } of files) {
    mkdirSync(path.dirname(path.join(ROOT, to)), { recursive: true });
    writeFileSync(path.join(ROOT, to), text);
    console.log(`  created  ${to}`);
  }
  writeFileSync(REGISTRY, withRegistryEntry(readFileSync(REGISTRY, 'utf8'), names));
  console.log(`  edited   ${path.relative(ROOT, REGISTRY)} (the registry line)`);
  // The names' lengths move line breaks: the written files are formatted as the tree's are.
  const written = [...files.map(({ to }) => to), path.relative(ROOT, REGISTRY)];
  execFileSync('npx', ['prettier', '--log-level', 'warn', '--write', ...written], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  console.log('Deriving the files computed from the registry (npm run derive)...');
  // All or none: derive computes every file before it writes one.
  execFileSync('npm', ['run', '--silent', 'derive'], { cwd: ROOT, stdio: 'inherit' });
}

function main(): void {
  const names = parseArguments(process.argv.slice(2));
  const files = planFiles(names);
  const taken = files.filter(({ to }) => existsSync(path.join(ROOT, to)));
  if (taken.length > 0) fail(`these exist already: ${taken.map(({ to }) => to).join(', ')}`);
  const registry = readFileSync(REGISTRY, 'utf8');
  const folders = missingFolders(files);
  try {
    generate(names, files);
  } catch (error) {
    // Nothing half-made: the tree goes back to what it was, the build's output aside.
    for (const { to } of files) rmSync(path.join(ROOT, to), { force: true });
    for (const folder of folders.reverse()) {
      rmSync(path.join(ROOT, folder), { recursive: true, force: true });
    }
    writeFileSync(REGISTRY, registry);
    console.error(
      `new:source: ${names.source} was not added, and the files written for it are removed: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
    process.exit(1);
  }
  console.log(
    [
      '',
      `${names.source} is registered. Next (docs/adding-a-source.md):`,
      `  npm run test:e2e -- test/conformance/${names.source}-adapter.e2e-spec.ts`,
      `  npm start, then POST /v1/${names.source}/record-lookups`,
      `  replace the stub's wire format, mapping and records with the real database's`,
    ].join('\n'),
  );
}

main();

import { SourceSpellings } from './source-names';

/**
 * The registry with the source added: its import, its line in SOURCE_REGISTRY, and the export
 * of its contracts. The one shared file a new source edits.
 */
export function withRegistryEntry(registry: string, names: SourceSpellings): string {
  const constant = `${names.SOURCE}_SOURCE`;
  const module = `./${names.source}`;
  const lastImport = registry.lastIndexOf('\nimport ');
  const afterImports = registry.indexOf('\n', registry.indexOf(';', lastImport)) + 1;
  const end = registry.indexOf('] as const satisfies');
  if (lastImport < 0 || end < 0)
    throw new Error('source-registry.ts is not as the generator knows it');
  return (
    registry.slice(0, afterImports) +
    `import { ${constant} } from '${module}';\n` +
    registry.slice(afterImports, end) +
    `  ${constant},\n` +
    registry.slice(end) +
    `\nexport * from '${module}';\n`
  );
}

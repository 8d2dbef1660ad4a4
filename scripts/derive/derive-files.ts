import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DERIVED_FILES, derivedText } from './derived-files';

/**
 * `npm run derive`: writes every file derived from the source registry, all or none: each is
 * computed before any is written, so a failure leaves the tree as it was. With `--check`, writes
 * nothing and fails naming the files that differ from what the registry gives.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const check = process.argv.includes('--check');
  const stale: { path: string; at: string; derived: string }[] = [];
  for (const file of DERIVED_FILES) {
    const at = path.join(root, file.path);
    const current = readFileSync(at, 'utf8');
    const derived = await derivedText(file, current, root);
    if (derived !== current) stale.push({ path: file.path, at, derived });
  }
  const names = stale.map((file) => file.path).join(', ');
  if (check && stale.length > 0) {
    console.error(`not what the registry gives (run npm run derive): ${names}`);
    process.exit(1);
  }
  if (!check) for (const { at, derived } of stale) writeFileSync(at, derived);
  console.log(stale.length > 0 ? `derived ${names}` : 'every derived file is current');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

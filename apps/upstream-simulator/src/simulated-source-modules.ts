import { existsSync } from 'node:fs';
import path from 'node:path';
import { Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { SOURCES } from '@interop/contracts';

/** Where a source's simulator module is: `<source>/<source>.module`, next to this file. */
export function simulatedSourceModulePath(source: string): string {
  return path.join(__dirname, source, `${source}.module`);
}

function isNestModule(value: unknown): value is Type {
  return (
    typeof value === 'function' &&
    Object.values(MODULE_METADATA).some((key) => Reflect.hasMetadata(key, value))
  );
}

/**
 * The simulator module of every source of the registry, found where the convention puts it, so
 * that a new source's simulator is its own folder and nothing else. A source without one stops
 * the simulator at boot, naming the file it looked for.
 */
export function simulatedSourceModules(sources: readonly string[] = SOURCES): Type[] {
  return sources.map((source) => {
    const file = simulatedSourceModulePath(source);
    if (![`${file}.ts`, `${file}.js`].some((candidate) => existsSync(candidate))) {
      throw new Error(`source ${source} has no simulator module: expected ${file}.ts`);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = Object.values(require(file) as Record<string, unknown>).filter(isNestModule);
    if (exported.length !== 1) {
      throw new Error(`${file} must export exactly one Nest module, found ${exported.length}`);
    }
    return exported[0];
  });
}

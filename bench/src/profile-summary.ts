import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
}

const TOP = 15;

/** Top self-time functions and packages of each CPU profile in `dir`, as text. */
export function summariseProfiles(dir: string): string {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => summarise(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8'))))
    .join('\n\n');
}

function summarise(file: string, profile: CpuProfile): string {
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const { hitCount = 0, callFrame } of profile.nodes) {
    total += hitCount;
    const where = `${callFrame.functionName || '(anonymous)'} ${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + hitCount);
    byPackage.set(packageOf(callFrame), (byPackage.get(packageOf(callFrame)) ?? 0) + hitCount);
  }
  return [
    `${file}: top self time by function`,
    ...top(byFunction, total),
    `${file}: self time by package`,
    ...top(byPackage, total),
  ].join('\n');
}

function top(counts: Map<string, number>, total: number): string[] {
  return [...counts]
    .sort(([, a], [, b]) => b - a)
    .slice(0, TOP)
    .map(([name, hits]) => `  ${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const dist = url.indexOf('dist/bench/');
  return dist >= 0 ? url.slice(dist + 'dist/bench/'.length) : url;
}

/** The npm package, "ours" for the project's code, or V8's own categories (GC, idle, program). */
function packageOf({ url, functionName }: ProfileNode['callFrame']): string {
  if (!url) return `(${functionName.replace(/[()]/g, '') || 'native'})`;
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.startsWith('node:')) return 'node core';
  return url.includes('dist/bench/') ? 'ours' : url;
}

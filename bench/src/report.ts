import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { Comparison, Row } from './scenarios';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
}

export function machine(): Machine {
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** The load average over the last minute, and the free memory: how busy the machine was. */
export function machineLoad(): { loadAverage1m: number; freeMemoryGiB: number } {
  return {
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
  };
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

export function rowsTable(rows: Row[]): string {
  const header = [
    'scenario',
    'path',
    'upstream',
    'load',
    'req/s ok',
    'p50',
    'p95',
    'p99',
    'errors',
  ];
  const lines = rows.map(({ scenario, path, upstreamLatencyMs, load, result }) => [
    scenario,
    path,
    `${upstreamLatencyMs} ms`,
    load.rate ? `${load.rate}/s paced` : `${load.connections} conn`,
    fixed(result.throughput, 0),
    `${fixed(result.p50)} ms`,
    `${fixed(result.p95)} ms`,
    `${fixed(result.p99)} ms`,
    `${result.errors}/${result.requests}`,
  ]);
  return table([header, ...lines]);
}

/** Where the CPU went: ms of CPU per answered request, per process. */
export function cpuTable(rows: Row[]): string {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row.cpuMsPerRequest)))];
  const header = ['scenario', 'path', ...names, 'total'];
  const lines = rows.map(({ scenario, path, cpuMsPerRequest }) => {
    const values = names.map((name) => cpuMsPerRequest[name] ?? NaN);
    const total = values.filter(Number.isFinite).reduce((sum, value) => sum + value, 0);
    return [scenario, path, ...values.map((value) => fixed(value, 2)), fixed(total, 2)];
  });
  return table([header, ...lines]);
}

export function comparisonsTable(comparisons: Comparison[]): string {
  const header = ['scenario', 'comparison (same run)', 'value', 'target', 'met'];
  const lines = comparisons.map(({ scenario, measure, value, target, met }) => [
    scenario,
    measure,
    fixed(value, 2),
    target,
    met === undefined ? '' : met ? 'yes' : 'NO',
  ]);
  return table([header, ...lines]);
}

/** A Markdown table, readable as it is in a terminal. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

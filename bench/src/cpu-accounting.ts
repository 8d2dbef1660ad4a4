import { readFileSync } from 'node:fs';

/** A process whose CPU time is counted, by name. */
export interface CpuSource {
  name: string;
  pid: number;
}

/** Linux's clock ticks per second (USER_HZ), the unit of /proc/<pid>/stat times. */
const TICKS_PER_SECOND = 100;

/** User plus system CPU time of a process so far, in ms; undefined where /proc cannot say. */
function cpuTimeMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime] = [Number(fields[11]), Number(fields[12])];
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

function ownCpuTimeMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The CPU time each process spent while `work` ran, in ms. The load generator runs in this
 * process, so its share is reported as "load generator".
 */
export async function countCpu<T>(
  sources: CpuSource[],
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: Record<string, number> }> {
  const before = sources.map(({ pid }) => cpuTimeMs(pid));
  const ownBefore = ownCpuTimeMs();
  const result = await work();
  const cpuMs: Record<string, number> = {};
  sources.forEach(({ name, pid }, i) => {
    const [start, end] = [before[i], cpuTimeMs(pid)];
    if (start !== undefined && end !== undefined) cpuMs[name] = end - start;
  });
  cpuMs['load generator'] = ownCpuTimeMs() - ownBefore;
  return { result, cpuMs };
}

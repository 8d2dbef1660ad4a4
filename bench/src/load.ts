import autocannon, { RequestSpec } from 'autocannon';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** One kind of request, with a body per call taken in turn from `bodies`. */
export interface Target {
  url: string;
  path: string;
  headers: Record<string, string>;
  bodies: string[];
}

export interface LoadSettings {
  /** autocannon's connections, each sending its next request as soon as answered. */
  connections?: number;
  durationS: number;
  /** Requests per second at evenly spaced instants (measurePaced); absent: as fast as answers come. */
  rate?: number;
}

export interface Measurement {
  requests: number;
  /** Answers with a 2xx status, per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, connection errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
}

/** Drives `target` with autocannon, as fast as it answers, and measures every answer's latency. */
export async function measure(target: Target, load: LoadSettings): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
  const request: RequestSpec = {
    method: 'POST',
    path: target.path,
    headers: target.headers,
    setupRequest: (spec) => ({ ...spec, body: target.bodies[next++ % target.bodies.length] }),
  };
  const instance = autocannon({
    url: target.url,
    connections: load.connections,
    duration: load.durationS,
    timeout: 10,
    requests: [request],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    latencies.push(ms),
  );
  const result = await instance;
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
  );
  const failed = result.errors + result.timeouts;
  if (failed > 0) statuses['connection error or timeout'] = failed;
  return summary(latencies, statuses, result.duration);
}

/**
 * Sends `rate` requests a second at evenly spaced instants, whether or not earlier ones were
 * answered (an open loop), and times each from the instant it was due. autocannon's own fixed
 * rate releases each second's quota in a burst at the start of the second, which measures how
 * a burst queues, not what a request costs at that rate.
 */
export async function measurePaced(
  target: Target,
  rate: number,
  durationS: number,
): Promise<Measurement> {
  const agent = new Agent({ keepAlive: true });
  const startedAt = performance.now();
  const count = Math.round(rate * durationS);
  const answers: Array<Promise<{ status: number; ms: number }>> = [];
  for (let n = 0; n < count; n += 1) {
    const due = startedAt + (n * 1000) / rate;
    await sleep(Math.max(0, due - performance.now()));
    answers.push(send(agent, target, target.bodies[n % target.bodies.length], due));
  }
  const settled = await Promise.all(answers);
  agent.destroy();
  const elapsedS = (performance.now() - startedAt) / 1000;
  const statuses: Record<string, number> = {};
  settled.forEach(({ status }) => (statuses[status] = (statuses[status] ?? 0) + 1));
  return summary(
    settled.map(({ ms }) => ms),
    statuses,
    elapsedS,
  );
}

function send(agent: Agent, target: Target, body: string, due: number) {
  return new Promise<{ status: number; ms: number }>((resolve) => {
    const url = new URL(target.path, target.url);
    const call = request(url, { method: 'POST', agent, headers: target.headers, timeout: 10_000 });
    const done = (status: number) => resolve({ status, ms: performance.now() - due });
    call.on('response', (response) => {
      response.resume();
      response.on('end', () => done(response.statusCode ?? 0));
    });
    // A request that fails or never gets an answer still counts, as status 0.
    call.on('error', () => done(0));
    call.on('timeout', () => call.destroy());
    call.end(body);
  });
}

function summary(
  latencies: number[],
  statuses: Record<string, number>,
  elapsedS: number,
): Measurement {
  const count = (accept: (status: string) => boolean) =>
    Object.entries(statuses)
      .filter(([status]) => accept(status))
      .reduce((sum, [, n]) => sum + n, 0);
  const [all, ok] = [count(() => true), count((status) => status.startsWith('2'))];
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: all,
    throughput: ok / elapsedS,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: all - ok,
    statuses,
  };
}

/** Nearest-rank percentile of sorted values, in milliseconds. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

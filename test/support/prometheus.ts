import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

const INSTALL_HINT =
  "install Debian's prometheus package (apt-get install prometheus), as .ci/run does";

/** Fails, saying how to install it, where the tool is missing: a metrics test never skips. */
function requireTool(tool: string): void {
  const probe = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (probe.error)
    throw new Error(`${tool} was not found (${probe.error.message}): ${INSTALL_HINT}`);
}

export interface PromtoolRun {
  status: number | null;
  /** What it printed, on stdout and stderr. */
  output: string;
}

/** One `promtool` command, with `input` on its standard input. */
export function promtool(args: string[], input?: string): PromtoolRun {
  requireTool('promtool');
  const run = spawnSync('promtool', args, { input, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** `promtool check metrics` over one app's exposition: its exit status and what it said. */
export function promtoolCheckMetrics(exposition: string): PromtoolRun {
  return promtool(['check', 'metrics'], exposition);
}

export interface ScrapeTarget {
  job: string;
  /** host:port */
  address: string;
  /** A bearer token Prometheus sends, from a file, as it would in a deployment. */
  bearerToken?: string;
}

export interface PrometheusUnderTest {
  url: string;
  /** The result of an instant query: one entry per series. */
  query(
    promql: string,
  ): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function writeConfig(dir: string, targets: ScrapeTarget[]): string {
  const scrapeConfigs = targets.map(({ job, address, bearerToken }) => {
    if (bearerToken) writeFileSync(path.join(dir, `${job}.token`), bearerToken, { mode: 0o600 });
    return {
      job_name: job,
      static_configs: [{ targets: [address] }],
      ...(bearerToken && { authorization: { credentials_file: path.join(dir, `${job}.token`) } }),
    };
  });
  const config = {
    global: { scrape_interval: '1s', scrape_timeout: '1s', evaluation_interval: '1s' },
    scrape_configs: scrapeConfigs,
  };
  const file = path.join(dir, 'prometheus.yml');
  writeFileSync(file, stringify(config));
  return file;
}

async function waitReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`prometheus exited: ${output()}`);
    const ready = await fetch(`${url}/-/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`prometheus was not ready within 30 s: ${output()}`);
}

/**
 * Debian's Prometheus server scraping `targets` every second, with a throwaway configuration and
 * data directory, on a free port.
 */
export async function startPrometheus(targets: ScrapeTarget[]): Promise<PrometheusUnderTest> {
  requireTool('prometheus');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'interop-prometheus-'));
  const address = `127.0.0.1:${await freePort()}`;
  const server = spawn(
    'prometheus',
    [
      `--config.file=${writeConfig(dir, targets)}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=${address}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => (output = `${output}${chunk}`.slice(-4000));
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const url = `http://${address}`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    stop,
    async query(promql) {
      const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`);
      const body = (await response.json()) as { status: string; data: { result: never[] } };
      if (body.status !== 'success') throw new Error(`query failed: ${JSON.stringify(body)}`);
      return body.data.result;
    },
  };
}

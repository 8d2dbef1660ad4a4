import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where the compiled bench tree lives: this file is dist/bench/bench/src/processes.js. */
export const BENCH_DIST = path.resolve(__dirname, '../..');
export const REPO_ROOT = path.resolve(BENCH_DIST, '../..');

export interface AppProcess {
  name: string;
  child: ChildProcess;
}

export interface SpawnOptions {
  /** A .js file inside the compiled bench tree. */
  entry: string;
  /** Over this process's environment; an undefined value unsets a variable. */
  env: NodeJS.ProcessEnv;
  logDir: string;
  /** Writes a V8 CPU profile into this folder when the process ends. */
  profileDir?: string;
}

/** Starts a compiled app as a process of its own, its output to <logDir>/<name>.log. */
export function spawnApp(name: string, options: SpawnOptions): AppProcess {
  mkdirSync(options.logDir, { recursive: true });
  // Straight to the file: piping through this process would cost the load generator CPU.
  const log = openSync(path.join(options.logDir, `${name}.log`), 'w');
  const child = spawn(process.execPath, [...profileFlags(options.profileDir), options.entry], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  return { name, child };
}

function profileFlags(profileDir: string | undefined): string[] {
  if (!profileDir) return [];
  mkdirSync(profileDir, { recursive: true });
  // Nest ends a process stopped by a signal by raising the signal again, which would skip the
  // profile V8 writes at exit; the preload turns that last step into a normal exit.
  const exitNormally = path.join(BENCH_DIST, 'bench/src/exit-normally.js');
  return ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--require', exitNormally];
}

/** SIGTERM, then SIGKILL if it has not stopped within `graceMs`. */
export async function stopApp({ child }: AppProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(graceMs, false)]);
  if (!stopped) child.kill('SIGKILL');
  await exited;
}

export function assertRunning({ name, child }: AppProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) {
    throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}); see its log`);
  }
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it answers true, failing after `timeoutMs` or as soon as an app exits. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  apps: AppProcess[],
  timeoutMs = 60_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    apps.forEach(assertRunning);
    if (await probe().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`${what} was not ready within ${timeoutMs} ms`);
    await sleep(250);
  }
}

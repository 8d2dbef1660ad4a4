import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A throwaway PostgreSQL server: initdb into a temporary directory, on a free local port. */
export interface LocalPostgres {
  url: string;
  stop(): void;
}

export interface LocalPostgresOptions {
  /** Durable commits (fsync) as in production: the benchmark wants them, tests do not. */
  durable?: boolean;
}

/** POSTGRES_BIN_DIR, else the newest Debian install (/usr/lib/postgresql/<version>/bin). */
function binDir(): string {
  if (process.env.POSTGRES_BIN_DIR) return process.env.POSTGRES_BIN_DIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(path.join(root, version, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'No PostgreSQL server found: apt-get install postgresql, or set POSTGRES_BIN_DIR',
    );
  }
  return path.join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user Debian's package made. */
function asServerUser(directory: string): (command: string, args: string[]) => void {
  const root = process.getuid?.() === 0;
  if (root) execFileSync('chown', ['-R', 'postgres:postgres', directory]);
  return (command, args) => {
    const [file, argv] = root
      ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
      : [command, args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
}

export async function startLocalPostgres(
  options: LocalPostgresOptions = {},
): Promise<LocalPostgres> {
  const bin = binDir();
  // As root the server runs as `postgres`, which must reach the directory: /tmp it can.
  const base = process.getuid?.() === 0 ? '/tmp' : os.tmpdir();
  const directory = mkdtempSync(path.join(base, 'interop-audit-pg-'));
  const data = path.join(directory, 'data');
  const run = asServerUser(directory);
  const port = await freePort();
  try {
    run(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const settings = [`-p ${port}`, `-k ${directory}`, "-c listen_addresses='127.0.0.1'"];
    if (!options.durable) settings.push('-c fsync=off', '-c synchronous_commit=off');
    run(path.join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      path.join(directory, 'server.log'),
      '-w',
      '-o',
      settings.join(' '),
      'start',
    ]);
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(
      `Could not start PostgreSQL from ${bin}: ${(error as Error).message} ${stderr}`,
    );
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { LocalPostgres, startLocalPostgres } from './local-postgres';

/** Where a test's audit database lives: a PGlite directory or a PostgreSQL URL. */
export interface StoreKind {
  name: 'pglite' | 'postgres';
  /** A new, empty database each time, as AUDIT_DATABASE_URL or AUDIT_PGLITE_DIR would name it. */
  newDatabase(): Promise<{ env: Record<string, string>; location: string }>;
}

/**
 * Runs `tests` once against PGlite and once against a PostgreSQL server that this file starts
 * (and stops after): one schema, one set of queries, two stores.
 */
export function describeEachStore(title: string, tests: (store: StoreKind) => void): void {
  describe.each(['pglite', 'postgres'] as const)(`${title} (%s)`, (name) => {
    let server: LocalPostgres | undefined;
    const scratch: string[] = [];
    afterAll(() => {
      server?.stop();
      scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    });
    tests({
      name,
      newDatabase: async (): Promise<{ env: Record<string, string>; location: string }> => {
        if (name === 'pglite') {
          const dir = mkdtempSync(path.join(os.tmpdir(), 'interop-audit-pglite-'));
          scratch.push(dir);
          return { env: { AUDIT_PGLITE_DIR: dir }, location: dir };
        }
        server ??= await startLocalPostgres();
        const database = `audit_${randomUUID().replace(/-/g, '')}`;
        const admin = new Client({ connectionString: server.url });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${database}`);
        await admin.end();
        const url = server.url.replace(/\/postgres$/, `/${database}`);
        return { env: { AUDIT_DATABASE_URL: url }, location: url };
      },
    });
  });
}

import { migrate } from './migrations';
import { PgliteStore } from './pglite-store';
import { PostgresStore } from './postgres-store';
import { SqlStore } from './sql-store';

export interface StoreLocation {
  /** postgres://... : a PostgreSQL server. */
  AUDIT_DATABASE_URL?: string;
  /** Otherwise: PGlite's data directory. */
  AUDIT_PGLITE_DIR: string;
}

/** Opens the configured store and brings its schema up to date. */
export async function openStore(location: StoreLocation): Promise<SqlStore> {
  const store = location.AUDIT_DATABASE_URL
    ? await PostgresStore.open(location.AUDIT_DATABASE_URL)
    : await PgliteStore.open(location.AUDIT_PGLITE_DIR);
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** A `--database` argument: a postgres:// URL, or else a PGlite directory. */
export function storeLocationOf(database: string): StoreLocation {
  return /^postgres(ql)?:\/\//.test(database)
    ? { AUDIT_DATABASE_URL: database, AUDIT_PGLITE_DIR: '' }
    : { AUDIT_PGLITE_DIR: database };
}

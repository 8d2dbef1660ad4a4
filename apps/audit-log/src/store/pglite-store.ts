import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { SqlRunner, SqlStore } from './sql-store';

const INT8_AS_NUMBER = { [types.INT8]: (value: string) => Number(value) };

/** PostgreSQL compiled to WebAssembly, in this process, its data in a directory. */
export class PgliteStore implements SqlStore {
  private constructor(
    private readonly db: PGlite,
    readonly location: string,
  ) {}

  /** One process at a time may open a directory: PGlite has no server to share it through. */
  static async open(directory: string): Promise<PgliteStore> {
    const dataDir = path.resolve(directory);
    mkdirSync(dataDir, { recursive: true });
    const db = await PGlite.create({ dataDir, parsers: INT8_AS_NUMBER });
    return new PgliteStore(db, dataDir);
  }

  async query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.db.query<Row>(sql, params)).rows;
  }

  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      work({
        query: async <Row>(sql: string, params: unknown[] = []) =>
          (await tx.query<Row>(sql, params)).rows,
      }),
    );
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

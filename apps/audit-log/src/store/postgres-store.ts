import { Pool, PoolClient, types } from 'pg';
import { SqlRunner, SqlStore } from './sql-store';

const INT8 = 20;

/** seq and counts stay far below 2^53; numbers read the same on both stores. */
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? Number : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
};

/** A PostgreSQL server reached through `pg`, with a small pool. */
export class PostgresStore implements SqlStore {
  private constructor(
    private readonly pool: Pool,
    readonly location: string,
  ) {}

  static async open(url: string): Promise<PostgresStore> {
    const pool = new Pool({ connectionString: url, max: 4, types: typeParsers });
    // Fail at boot, naming the server, rather than on the first event.
    const client = await pool.connect();
    client.release();
    const { host, pathname } = new URL(url);
    return new PostgresStore(pool, `postgres://${host}${pathname}`);
  }

  async query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, params)).rows as Row[];
  }

  async transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(runnerOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

function runnerOf(client: PoolClient): SqlRunner {
  return {
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await client.query(sql, params)).rows as Row[],
  };
}

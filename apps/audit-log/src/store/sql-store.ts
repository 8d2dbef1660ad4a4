/** Runs statements; the one SQL dialect both stores speak is PostgreSQL's own. */
export interface SqlRunner {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/**
 * The audit log's database, embedded (PGlite) or a server (PostgreSQL): the same schema,
 * migrations and queries run on both. int8 columns come back as numbers on both.
 */
export interface SqlStore extends SqlRunner {
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Where the data is, for logs: the directory, or the server without credentials. */
  readonly location: string;
}

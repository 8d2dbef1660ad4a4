import { SqlStore } from './sql-store';

/**
 * The schema, one numbered step at a time; a step, once released, never changes. Both stores
 * run exactly these statements. `canonical` holds the bytes that were hashed; the other event
 * columns are copies for the queries, which the verifier checks against it.
 */
const MIGRATIONS: Array<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'hash-chained events and signed checkpoints',
    sql: `
      CREATE TABLE audit_events (
        seq            bigint PRIMARY KEY CHECK (seq > 0),
        event_id       uuid NOT NULL UNIQUE,
        time           timestamptz NOT NULL,
        kind           text NOT NULL,
        caller         text NOT NULL,
        officer_id     text,
        procedure_code text,
        source         text,
        outcome        text NOT NULL,
        subject_hash   text,
        canonical      text NOT NULL,
        prev_hash      text NOT NULL,
        hash           text NOT NULL
      );
      CREATE INDEX audit_events_by_subject ON audit_events (subject_hash, seq)
        WHERE subject_hash IS NOT NULL;
      CREATE INDEX audit_events_by_caller ON audit_events (caller, seq);
      CREATE INDEX audit_events_by_time ON audit_events (time);
      CREATE TABLE audit_checkpoints (
        checkpoint     bigint PRIMARY KEY CHECK (checkpoint > 0),
        first_seq      bigint NOT NULL,
        tree_size      bigint NOT NULL UNIQUE,
        head_hash      text NOT NULL,
        merkle_root    text NOT NULL,
        prev_signature text NOT NULL,
        signed_at      text NOT NULL,
        key_id         text NOT NULL,
        signature      text NOT NULL
      );`,
  },
];

/** Any fixed number: replicas starting together on one server take turns to migrate. */
const MIGRATION_LOCK = 7_304_117;

/** Applies the steps this database has not had yet, each in its own transaction; answers them. */
export async function migrate(store: SqlStore): Promise<number[]> {
  await store.query(`CREATE TABLE IF NOT EXISTS audit_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: number[] = [];
  for (const { version, name, sql } of MIGRATIONS) {
    const done = await store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('SELECT 1 FROM audit_migrations WHERE version = $1', [version]);
      if (seen.length > 0) return false;
      for (const statement of sql.split(';').filter((text) => text.trim())) {
        await tx.query(statement);
      }
      await tx.query('INSERT INTO audit_migrations (version, name) VALUES ($1, $2)', [
        version,
        name,
      ]);
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}

import { Checkpoint } from '../ledger/checkpoint';
import { ChainHead, EMPTY_HEAD } from '../ledger/ledger-chain';
import { LedgerRow } from '../ledger/ledger-verifier';
import { EVENT_COLUMN_NAMES, EventColumn } from './event-columns';
import { SqlRunner } from './sql-store';

/** A row to append: its place in the chain, and its query columns (EVENT_COLUMN_NAMES order). */
export interface NewRow extends LedgerRow {
  columns: Array<string | null>;
}

/** A row read back, with its query columns for the verifier to compare. */
export type StoredRow = LedgerRow & { columns: Record<EventColumn, unknown> };

const COLUMN_TYPES: Record<EventColumn, string> = {
  event_id: 'uuid',
  time: 'timestamptz',
  kind: 'text',
  caller: 'text',
  officer_id: 'text',
  procedure_code: 'text',
  source: 'text',
  outcome: 'text',
  subject_hash: 'text',
};

const ROW_NAMES = ['seq', ...EVENT_COLUMN_NAMES, 'canonical', 'prev_hash', 'hash'];

const INSERT_ROWS = (() => {
  const types = {
    seq: 'bigint',
    canonical: 'text',
    prev_hash: 'text',
    hash: 'text',
    ...COLUMN_TYPES,
  };
  const record = ROW_NAMES.map((name) => `${name} ${types[name as keyof typeof types]}`);
  // One parameter per batch, whatever its size: a JSON array of rows, encoded by JSON.stringify
  // and decoded by the server, which costs far less than thousands of placeholders or arrays.
  return `INSERT INTO audit_events (${ROW_NAMES.join(', ')})
    SELECT ${ROW_NAMES.join(', ')} FROM json_to_recordset($1::json) AS row(${record.join(', ')})`;
})();

const CHECKPOINT_COLUMNS = `checkpoint, first_seq AS "firstSeq", tree_size AS "treeSize",
  head_hash AS "headHash", merkle_root AS "merkleRoot", prev_signature AS "prevSignature",
  signed_at AS "signedAt", key_id AS "keyId", signature`;

const ROW_COLUMNS = `seq, prev_hash AS "prevHash", hash, canonical, ${EVENT_COLUMN_NAMES.join(', ')}`;

export async function readHead(db: SqlRunner): Promise<ChainHead> {
  const [head] = await db.query<ChainHead>(
    'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
  );
  return head ?? EMPTY_HEAD;
}

/** Which of these event ids the log already holds. */
export async function storedEventIds(db: SqlRunner, eventIds: string[]): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(
    'SELECT event_id::text AS id FROM audit_events WHERE event_id = ANY($1::uuid[])',
    [eventIds],
  );
  return new Set(rows.map(({ id }) => id));
}

export async function insertRows(db: SqlRunner, rows: NewRow[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map(({ seq, columns, canonical, prevHash, hash }) => [
    seq,
    ...columns,
    canonical,
    prevHash,
    hash,
  ]);
  const json = JSON.stringify(
    records.map((values) => Object.fromEntries(values.map((value, i) => [ROW_NAMES[i], value]))),
  );
  await db.query(INSERT_ROWS, [json]);
}

export async function insertCheckpoint(db: SqlRunner, checkpoint: Checkpoint): Promise<void> {
  await db.query(
    `INSERT INTO audit_checkpoints (checkpoint, first_seq, tree_size, head_hash, merkle_root,
       prev_signature, signed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      checkpoint.checkpoint,
      checkpoint.firstSeq,
      checkpoint.treeSize,
      checkpoint.headHash,
      checkpoint.merkleRoot,
      checkpoint.prevSignature,
      checkpoint.signedAt,
      checkpoint.keyId,
      checkpoint.signature,
    ],
  );
}

export async function lastCheckpoint(db: SqlRunner): Promise<Checkpoint | undefined> {
  const [row] = await db.query<Checkpoint>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoints ORDER BY checkpoint DESC LIMIT 1`,
  );
  return row && { ...row, version: 1 };
}

/** Checkpoints in order; `signedFrom`/`signedTo` bound signedAt (ISO text sorts as time). */
export async function readCheckpoints(
  db: SqlRunner,
  range: { signedFrom?: string; signedTo?: string } = {},
): Promise<Checkpoint[]> {
  const rows = await db.query<Checkpoint>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoints
      WHERE ($1::text IS NULL OR signed_at >= $1) AND ($2::text IS NULL OR signed_at < $2)
      ORDER BY checkpoint`,
    [range.signedFrom ?? null, range.signedTo ?? null],
  );
  return rows.map((row) => ({ ...row, version: 1 }));
}

/** The checkpoint that ends just before `seq`, if any. */
export async function checkpointEndingAt(
  db: SqlRunner,
  treeSize: number,
): Promise<Checkpoint | undefined> {
  const [row] = await db.query<Checkpoint>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoints WHERE tree_size = $1`,
    [treeSize],
  );
  return row && { ...row, version: 1 };
}

/** Up to `limit` rows after `afterSeq` and at most `lastSeq`, in seq order. */
export async function readRows(
  db: SqlRunner,
  afterSeq: number,
  limit: number,
  lastSeq = Number.MAX_SAFE_INTEGER,
): Promise<StoredRow[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT ${ROW_COLUMNS} FROM audit_events WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3`,
    [afterSeq, lastSeq, limit],
  );
  return rows.map(({ seq, prevHash, hash, canonical, ...columns }) => ({
    seq: seq as number,
    prevHash: prevHash as string,
    hash: hash as string,
    canonical: canonical as string,
    columns: columns as Record<EventColumn, unknown>,
  }));
}

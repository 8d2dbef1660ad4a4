import { AuditEvent, AuditKind, AuditOutcome } from '@interop/contracts';
import { SqlRunner } from '../store/sql-store';
import { EventsQueryDto, PageQueryDto } from './events-query.dto';

export interface StoredEvent extends AuditEvent {
  seq: number;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; absent on the last one. */
  nextCursor?: string;
}

/** Query parameters and the column each one filters, compared for equality. */
const EQUALS: Array<[keyof EventsQueryDto, string]> = [
  ['subjectHash', 'subject_hash'],
  ['caller', 'caller'],
  ['officerId', 'officer_id'],
  ['procedureCode', 'procedure_code'],
  ['source', 'source'],
  ['outcome', 'outcome'],
  ['kind', 'kind'],
];

/** Events newest first; each answered from its hashed encoding, not from the query columns. */
export function findEvents(db: SqlRunner, query: EventsQueryDto): Promise<Page<StoredEvent>> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const where = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  for (const [parameter, column] of EQUALS) {
    if (query[parameter] !== undefined) where((p) => `${column} = ${p}`, query[parameter]);
  }
  if (query.from) where((p) => `time >= ${p}::timestamptz`, query.from);
  if (query.to) where((p) => `time < ${p}::timestamptz`, query.to);
  return page(db, conditions, params, query);
}

/** The data subject's report: the answered accesses to the subject's data, newest first. */
export function findSubjectAccesses(
  db: SqlRunner,
  subjectHash: string,
  paging: PageQueryDto,
): Promise<Page<StoredEvent>> {
  return page(
    db,
    ['subject_hash = $1', 'kind = $2', 'outcome = $3'],
    [subjectHash, AuditKind.Access, AuditOutcome.Answered],
    paging,
  );
}

async function page(
  db: SqlRunner,
  conditions: string[],
  params: unknown[],
  { cursor, limit }: PageQueryDto,
): Promise<Page<StoredEvent>> {
  const all = [...conditions];
  if (cursor) all.push(`seq < $${params.push(Number(cursor))}`);
  const rows = await db.query<{ seq: number; canonical: string }>(
    `SELECT seq, canonical FROM audit_events ${all.length ? `WHERE ${all.join(' AND ')}` : ''}
      ORDER BY seq DESC LIMIT $${params.push(limit + 1)}`,
    params,
  );
  const items = rows
    .slice(0, limit)
    .map(({ seq, canonical }) => ({ seq, ...JSON.parse(canonical) }));
  const more = rows.length > limit;
  return { items, nextCursor: more ? String(items[items.length - 1].seq) : undefined };
}

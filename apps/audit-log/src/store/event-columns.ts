import { AuditEvent } from '@interop/contracts';

/** The event fields copied into columns for the queries, by column name. */
export const EVENT_COLUMNS = {
  event_id: 'eventId',
  time: 'time',
  kind: 'kind',
  caller: 'caller',
  officer_id: 'officerId',
  procedure_code: 'procedureCode',
  source: 'source',
  outcome: 'outcome',
  subject_hash: 'subjectHash',
} as const satisfies Record<string, keyof AuditEvent>;

export type EventColumn = keyof typeof EVENT_COLUMNS;

export const EVENT_COLUMN_NAMES = Object.keys(EVENT_COLUMNS) as EventColumn[];

/** The column values of an event, in EVENT_COLUMN_NAMES order; absent fields are NULL. */
export function columnValues(event: AuditEvent): Array<string | null> {
  return EVENT_COLUMN_NAMES.map((column) => event[EVENT_COLUMNS[column]] ?? null) as Array<
    string | null
  >;
}

/**
 * The columns that say something other than the hashed event. Times are compared as instants,
 * as PostgreSQL stores them (to the microsecond; JavaScript reads milliseconds).
 */
export function disagreeingColumns(
  row: Record<EventColumn, unknown>,
  event: Partial<AuditEvent>,
): EventColumn[] {
  return EVENT_COLUMN_NAMES.filter((column) => {
    const stored = row[column];
    const hashed = event[EVENT_COLUMNS[column]] ?? null;
    if (column === 'time') {
      return new Date(stored as string).getTime() !== Date.parse(String(hashed));
    }
    return stored !== hashed;
  });
}

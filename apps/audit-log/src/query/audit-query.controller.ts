import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { SqlStore } from '../store/sql-store';
import { findEvents, findSubjectAccesses, StoredEvent } from './audit-queries';
import { EventsQueryDto, PageQueryDto, SubjectParamsDto } from './events-query.dto';

export const SQL_STORE = Symbol('SqlStore');

/** What the data subject's report shows of each access. */
function accessOf(event: StoredEvent) {
  const { seq, eventId, time, caller, officerId, procedureCode, dossierId, source, operation } =
    event;
  return {
    seq,
    eventId,
    time,
    caller,
    officerId,
    procedureCode,
    dossierId,
    source,
    operation,
    fieldsReturned: event.fieldsReturned,
    channel: event.channel,
  };
}

/** The internal query API the gateway calls for its auditors; it holds no personal data. */
@Controller()
export class AuditQueryController {
  constructor(@Inject(SQL_STORE) private readonly store: SqlStore) {}

  @Get('events')
  async events(@Query() query: EventsQueryDto) {
    const { items, nextCursor } = await findEvents(this.store, query);
    return { events: items, nextCursor };
  }

  /** Which agency accessed the subject's data, when, why, from which source, which fields. */
  @Get('subjects/:subjectHash/accesses')
  async accesses(@Param() { subjectHash }: SubjectParamsDto, @Query() paging: PageQueryDto) {
    const { items, nextCursor } = await findSubjectAccesses(this.store, subjectHash, paging);
    return { subjectHash, accesses: items.map(accessOf), nextCursor };
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { knownDatabase } from './faults.controller';
import { RequestCounts } from './request-counts';

export interface DatabaseStats {
  /** Requests the database's service endpoint received since boot; never reset. */
  requestsReceived: number;
}

/** Read-only counters per simulated database, for tests that need evidence of calls made. */
@Controller('_sim/stats')
export class StatsController {
  constructor(private readonly counts: RequestCounts) {}

  @Get(':database')
  stats(@Param('database') name: string): DatabaseStats {
    return { requestsReceived: this.counts.of(knownDatabase(name)) };
  }
}

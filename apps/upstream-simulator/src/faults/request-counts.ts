import { Injectable } from '@nestjs/common';
import { SimulatedDatabase } from './simulated-databases';

/**
 * Requests each simulated database has received since boot, faulted ones included: how tests
 * see that an adapter retried, or that an open circuit kept it from calling at all.
 */
@Injectable()
export class RequestCounts {
  private readonly received = new Map<SimulatedDatabase, number>();

  record(database: SimulatedDatabase): void {
    this.received.set(database, this.of(database) + 1);
  }

  of(database: SimulatedDatabase): number {
    return this.received.get(database) ?? 0;
  }
}

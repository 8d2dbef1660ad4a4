import { Injectable } from '@nestjs/common';
import { FaultSettings } from './fault-settings.dto';
import { SIMULATED_DATABASES, SimulatedDatabase } from './simulated-databases';

/** The faults currently switched on, per simulated database. Starts with none. */
@Injectable()
export class FaultSettingsStore {
  private readonly settings = new Map<SimulatedDatabase, FaultSettings>();

  get(database: SimulatedDatabase): FaultSettings {
    return this.settings.get(database) ?? {};
  }

  set(database: SimulatedDatabase, settings: FaultSettings): void {
    this.settings.set(database, { ...settings });
  }

  reset(database: SimulatedDatabase): void {
    this.settings.delete(database);
  }

  all(): Record<SimulatedDatabase, FaultSettings> {
    return Object.fromEntries(
      SIMULATED_DATABASES.map((database) => [database, this.get(database)]),
    ) as Record<SimulatedDatabase, FaultSettings>;
  }
}

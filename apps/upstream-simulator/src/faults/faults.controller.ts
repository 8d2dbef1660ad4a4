import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Put,
} from '@nestjs/common';
import { FaultSettings, FaultSettingsDto } from './fault-settings.dto';
import { FaultSettingsStore } from './fault-settings.store';
import { isSimulatedDatabase, SIMULATED_DATABASES, SimulatedDatabase } from './simulated-databases';

/** Switches faults on and off at run time, per simulated database. */
@Controller('_sim/faults')
export class FaultsController {
  constructor(private readonly store: FaultSettingsStore) {}

  @Get()
  list(): Record<SimulatedDatabase, FaultSettings> {
    return this.store.all();
  }

  @Put(':database')
  replace(@Param('database') name: string, @Body() settings: FaultSettingsDto): FaultSettings {
    const database = knownDatabase(name);
    this.store.set(database, settings);
    return this.store.get(database);
  }

  @Delete(':database')
  @HttpCode(204)
  reset(@Param('database') name: string): void {
    this.store.reset(knownDatabase(name));
  }
}

export function knownDatabase(name: string): SimulatedDatabase {
  if (isSimulatedDatabase(name)) return name;
  throw new NotFoundException(
    `No simulated database "${name}"; known: ${SIMULATED_DATABASES.join(', ')}`,
  );
}

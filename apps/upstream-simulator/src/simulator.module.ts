import { DynamicModule, Module } from '@nestjs/common';
import { BusinessRegistryModule } from './business-registry/business-registry.module';
import { CivilStatusModule } from './civil-status/civil-status.module';
import { SimulatorConfig } from './config/simulator.config';
import { FaultsModule } from './faults/faults.module';
import { PopulationModule } from './population/population.module';
import { SimulatorHealthController } from './simulator-health.controller';

/** One app, one feature module per simulated database, and the fault switchboard they share. */
@Module({})
export class SimulatorModule {
  static forConfig(config: SimulatorConfig): DynamicModule {
    return {
      module: SimulatorModule,
      global: true,
      imports: [FaultsModule, PopulationModule, CivilStatusModule, BusinessRegistryModule],
      controllers: [SimulatorHealthController],
      providers: [{ provide: SimulatorConfig, useValue: config }],
      exports: [SimulatorConfig],
    };
  }
}

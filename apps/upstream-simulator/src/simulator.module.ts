import { DynamicModule, Module } from '@nestjs/common';
import { SimulatorConfig } from './config/simulator.config';
import { FaultsModule } from './faults/faults.module';
import { simulatedSourceModules } from './simulated-source-modules';
import { SimulatorHealthController } from './simulator-health.controller';

/**
 * One app, one feature module per simulated database (`<source>/<source>.module`), and the fault
 * switchboard they share.
 */
@Module({})
export class SimulatorModule {
  static forConfig(config: SimulatorConfig): DynamicModule {
    return {
      module: SimulatorModule,
      global: true,
      imports: [FaultsModule, ...simulatedSourceModules()],
      controllers: [SimulatorHealthController],
      providers: [{ provide: SimulatorConfig, useValue: config }],
      exports: [SimulatorConfig],
    };
  }
}

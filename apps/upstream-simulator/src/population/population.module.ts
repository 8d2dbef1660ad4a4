import { Logger, Module } from '@nestjs/common';
import { SimulatorConfig } from '../config/simulator.config';
import { FaultsModule } from '../faults/faults.module';
import { PopulationDirectory } from './population-directory';
import { PopulationSamplesController } from './population-samples.controller';
import { PopulationSoapController } from './population-soap.controller';

function generateDirectory(config: SimulatorConfig): PopulationDirectory {
  const started = performance.now();
  const directory = PopulationDirectory.generate(
    config.SIMULATOR_SEED,
    config.SIMULATOR_POPULATION_SIZE,
  );
  new Logger('Population').log('Synthetic population generated', {
    citizens: directory.size,
    seed: config.SIMULATOR_SEED,
    durationMs: Math.round(performance.now() - started),
  });
  return directory;
}

/** The simulated National Population Database: SOAP endpoint and its discovery helpers. */
@Module({
  imports: [FaultsModule],
  controllers: [PopulationSoapController, PopulationSamplesController],
  providers: [
    { provide: PopulationDirectory, useFactory: generateDirectory, inject: [SimulatorConfig] },
  ],
  exports: [PopulationDirectory],
})
export class PopulationModule {}

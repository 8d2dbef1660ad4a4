import { Logger, Module } from '@nestjs/common';
import { SimulatorConfig } from '../config/simulator.config';
import { FaultsModule } from '../faults/faults.module';
import { PopulationDirectory } from '../population/population-directory';
import { PopulationModule } from '../population/population.module';
import { BusinessRegistryApiController } from './business-registry-api.controller';
import { BusinessRegistrySamplesController } from './business-registry-samples.controller';
import { EnterpriseRegistry } from './enterprise-registry';

/** Legal representatives are drawn from the population the population database serves. */
function generateRegistry(
  config: SimulatorConfig,
  population: PopulationDirectory,
): EnterpriseRegistry {
  const started = performance.now();
  const registry = EnterpriseRegistry.generate(config.SIMULATOR_SEED, population.citizens);
  new Logger('BusinessRegistry').log('Synthetic business registry generated', {
    enterprises: registry.enterprises.length,
    seed: config.SIMULATOR_SEED,
    durationMs: Math.round(performance.now() - started),
  });
  return registry;
}

/** The simulated national business registration database: REST API and discovery helpers. */
@Module({
  imports: [FaultsModule, PopulationModule],
  controllers: [BusinessRegistryApiController, BusinessRegistrySamplesController],
  providers: [
    {
      provide: EnterpriseRegistry,
      useFactory: generateRegistry,
      inject: [SimulatorConfig, PopulationDirectory],
    },
  ],
})
export class BusinessRegistryModule {}

import { Logger, Module } from '@nestjs/common';
import { SimulatorConfig } from '../config/simulator.config';
import { FaultsModule } from '../faults/faults.module';
import { PopulationDirectory } from '../population/population-directory';
import { PopulationModule } from '../population/population.module';
import { CivilStatusAdminController } from './admin/civil-status-admin.controller';
import { CivilStatusApiController } from './civil-status-api.controller';
import { CivilStatusSettings } from './civil-status.settings';
import { AccessTokens } from './oauth/access-tokens';
import { OAuthTokenController } from './oauth/oauth-token.controller';
import { buildCivilStatusRegister } from './register/civil-status-register.builder';
import { CivilStatusRegister } from './register/civil-status-register';

function buildRegister(directory: PopulationDirectory, config: SimulatorConfig) {
  const started = performance.now();
  const register = buildCivilStatusRegister(directory, config.SIMULATOR_SEED);
  const { births, marriages, deaths } = register.contents;
  new Logger('CivilStatus').log('Civil-status register built', {
    births: births.length,
    marriages: marriages.length,
    deaths: deaths.length,
    durationMs: Math.round(performance.now() - started),
  });
  return register;
}

/** The simulated electronic civil-status database: OAuth2 token endpoint, REST API, samples. */
@Module({
  imports: [FaultsModule, PopulationModule],
  controllers: [OAuthTokenController, CivilStatusApiController, CivilStatusAdminController],
  providers: [
    {
      provide: CivilStatusRegister,
      useFactory: buildRegister,
      inject: [PopulationDirectory, SimulatorConfig],
    },
    {
      provide: AccessTokens,
      useFactory: (config: SimulatorConfig) =>
        new AccessTokens(config.settingsOf(CivilStatusSettings).CIVIL_STATUS_TOKEN_TTL_SECONDS),
      inject: [SimulatorConfig],
    },
  ],
})
export class CivilStatusModule {}

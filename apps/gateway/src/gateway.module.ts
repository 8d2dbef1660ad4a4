import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { BusinessRegistryModule } from './business-registry/business-registry.module';
import { CitizenModule } from './citizen/citizen.module';
import { CivilStatusModule } from './civil-status/civil-status.module';
import { GatewayConfig } from './config/gateway.config';
import { DossierChecksModule } from './dossier-checks/dossier-checks.module';
import { HealthModule } from './health/health.module';
import { IntakeModule } from './intake/intake.module';
import { MetricsModule } from './metrics/metrics.module';

@Module({})
export class GatewayModule {
  /** The gateway with its configuration, validated beforehand, injectable everywhere. */
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      global: true,
      providers: [{ provide: GatewayConfig, useValue: config }],
      exports: [GatewayConfig],
      imports: [
        AuditModule,
        AccessModule,
        CitizenModule,
        CivilStatusModule,
        BusinessRegistryModule,
        DossierChecksModule,
        HealthModule,
        IntakeModule,
        MetricsModule,
      ],
    };
  }
}

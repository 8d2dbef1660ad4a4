import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { GatewayConfig } from './config/gateway.config';
import { DossierChecksModule } from './dossier-checks/dossier-checks.module';
import { HealthModule } from './health/health.module';
import { IntakeModule } from './intake/intake.module';
import { MetricsModule } from './metrics/metrics.module';
import { SourcesModule } from './sources/sources.module';

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
        SourcesModule,
        DossierChecksModule,
        HealthModule,
        IntakeModule,
        MetricsModule,
      ],
    };
  }
}

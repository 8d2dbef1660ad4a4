import { Module } from '@nestjs/common';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { ConnectorHealthService } from './connector-health.service';
import { HealthProber } from './health-prober.service';
import { HealthController } from './health.controller';

@Module({
  imports: [SourceRequesterModule],
  controllers: [HealthController],
  providers: [ConnectorHealthService, HealthProber],
  exports: [ConnectorHealthService],
})
export class HealthModule {}

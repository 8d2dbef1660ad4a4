import { Module } from '@nestjs/common';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { ConnectorHealthService } from './connector-health.service';
import { HealthMonitor } from './health-monitor.service';
import { HealthProber } from './health-prober.service';
import { HealthController } from './health.controller';
import { KafkaView } from './kafka-view.service';

/** The health model: /health (ops), /health/ready and /health/live. */
@Module({
  imports: [SourceRequesterModule],
  controllers: [HealthController],
  providers: [ConnectorHealthService, HealthProber, HealthMonitor, KafkaView],
  exports: [ConnectorHealthService],
})
export class HealthModule {}

import { Global, Module } from '@nestjs/common';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { GatewayLag } from './gateway-lag.service';
import { GatewayMetrics } from './gateway-metrics';
import { MetricsController } from './metrics.controller';
import { RequestMetrics } from './request-metrics';

/** Prometheus metrics at GET /metrics, for the ops role. */
@Global()
@Module({
  imports: [SourceRequesterModule],
  controllers: [MetricsController],
  providers: [GatewayMetrics, RequestMetrics, GatewayLag],
  exports: [RequestMetrics],
})
export class MetricsModule {}

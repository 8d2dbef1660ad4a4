import { Global, Module } from '@nestjs/common';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { GatewayLag } from './gateway-lag.service';
import { GatewayMetrics } from './gateway-metrics';
import { MetricsController } from './metrics.controller';
import { RequestMetrics } from './request-metrics';
import { SourceRequestMetrics } from './source-request-metrics';

/** Prometheus metrics at GET /metrics, for the ops role. */
@Global()
@Module({
  imports: [SourceRequesterModule],
  controllers: [MetricsController],
  providers: [GatewayMetrics, RequestMetrics, SourceRequestMetrics, GatewayLag],
  exports: [GatewayMetrics, RequestMetrics],
})
export class MetricsModule {}

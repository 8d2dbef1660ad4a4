import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiCallerSecurity } from '../auth/api-caller-security.decorator';
import { RequiresRole } from '../auth/route-access.decorators';
import { GatewayMetrics } from './gateway-metrics';

@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: GatewayMetrics) {}

  @Get()
  @RequiresRole('ops')
  @ApiCallerSecurity()
  @ApiOperation({ summary: 'Prometheus metrics of this replica (ops role)' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The Prometheus text exposition format', type: String })
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { KafkaReachability } from '../source-requester/kafka-reachability.service';
import { ConnectorHealthService } from './connector-health.service';
import { HealthReport } from './health-report';
import { HealthReportModel } from './health.response';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: ConnectorHealthService,
    private readonly kafka: KafkaReachability,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Whether Kafka is reachable and each connector answers, and why not' })
  @ApiOkResponse({ type: HealthReportModel, description: 'Kafka reachable and every connector up' })
  @ApiServiceUnavailableResponse({
    type: HealthReportModel,
    description: 'Kafka unreachable or a connector not up',
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = this.health.report(await this.kafka.isReachable());
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}

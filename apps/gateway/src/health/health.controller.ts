import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiCallerSecurity } from '../auth/api-caller-security.decorator';
import { Public, RequiresRole } from '../auth/route-access.decorators';
import { KafkaReachability } from '../source-requester/kafka-reachability.service';
import { ConnectorHealthService } from './connector-health.service';
import { HealthReport } from './health-report';
import { HealthReportModel } from './health.response';

class HealthStatusModel {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status: 'ok' | 'degraded';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: ConnectorHealthService,
    private readonly kafka: KafkaReachability,
  ) {}

  @Get()
  @RequiresRole('ops')
  @ApiCallerSecurity()
  @ApiOperation({
    summary: 'Whether Kafka is reachable and each connector answers, and why not (ops role)',
  })
  @ApiOkResponse({ type: HealthReportModel, description: 'Kafka reachable and every connector up' })
  @ApiServiceUnavailableResponse({
    type: HealthReportModel,
    description: 'Kafka unreachable or a connector not up',
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.report();
    response.status(statusOf(report));
    return report;
  }

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'The process is up and serving HTTP' })
  @ApiOkResponse({ type: HealthStatusModel })
  live(): HealthStatusModel {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'Whether this replica can serve: Kafka reachable and every connector answering',
    description: 'No detail: what is wrong and why is for the ops role, at /health.',
  })
  @ApiOkResponse({ type: HealthStatusModel })
  @ApiServiceUnavailableResponse({ type: HealthStatusModel })
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthStatusModel> {
    const report = await this.report();
    response.status(statusOf(report));
    return { status: report.status };
  }

  private async report(): Promise<HealthReport> {
    return this.health.report(await this.kafka.isReachable());
  }
}

function statusOf(report: HealthReport): number {
  return report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
}

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
import { ConnectorHealthService } from './connector-health.service';
import { HealthReport } from './health-report';
import { HealthReportModel } from './health.response';
import { HealthStatus } from './health-status';

class LiveModel {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
}

class ReadyModel {
  @ApiProperty({ enum: ['ok', 'unready'] })
  status: 'ok' | 'unready';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: ConnectorHealthService) {}

  @Get()
  @RequiresRole('ops')
  @ApiCallerSecurity()
  @ApiOperation({
    summary: 'Each connector UP, DEGRADED or DOWN, why, and since when (ops role)',
    description:
      'Self-checks are cached: a passed one for HEALTH_CACHE_OK_MS, a failed one for ' +
      'HEALTH_CACHE_FAILURE_MS, so asking often never asks the sources more often.',
  })
  @ApiOkResponse({ type: HealthReportModel, description: 'Every connector UP' })
  @ApiServiceUnavailableResponse({
    type: HealthReportModel,
    description: 'A connector DEGRADED or DOWN, or this replica not ready',
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.report();
    response.status(
      report.status === HealthStatus.Up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE,
    );
    return report;
  }

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'The process is up and serving HTTP' })
  @ApiOkResponse({ type: LiveModel })
  live(): LiveModel {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary:
      'Whether this replica can serve: Kafka reachable, and every critical source consumed by ' +
      'an adapter replica and heard by this one. Non-critical sources do not count.',
    description: 'No detail: what is wrong and why is for the ops role, at /health.',
  })
  @ApiOkResponse({ type: ReadyModel })
  @ApiServiceUnavailableResponse({ type: ReadyModel })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadyModel> {
    const { ready } = await this.health.readiness();
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ready ? 'ok' : 'unready' };
  }
}

import { Controller, Get, Header } from '@nestjs/common';
import { PublicRoute } from '../http/query-token.guard';
import { AuditLogMetrics } from './audit-log-metrics';

/** Open like /health: the audit log listens on an internal interface, and no metric is personal. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: AuditLogMetrics) {}

  @Get()
  @PublicRoute()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

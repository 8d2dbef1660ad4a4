import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { SOURCES } from '@interop/contracts';
import { ConnectorReport, HealthReport, ProbeReport } from './health-report';

class ProbeReportModel implements ProbeReport {
  @ApiProperty({
    description: "The adapter's verdict on its upstream; false when it did not answer",
  })
  healthy: boolean;
  @ApiProperty({ description: 'How long the upstream took to answer the self-check' })
  latencyMs: number;
  @ApiPropertyOptional({ description: 'Why the check failed' })
  detail?: string;
  @ApiProperty({
    description: "Whether the adapter's circuit breaker towards its upstream is open",
  })
  circuitOpen: boolean;
  @ApiProperty({ description: 'When the probe ended' })
  at: string;
  @ApiProperty({ description: 'Gateway to adapter and back' })
  roundTripMs: number;
}

class ConnectorReportModel implements ConnectorReport {
  @ApiProperty({ enum: ['up', 'down', 'unknown'] })
  status: ConnectorReport['status'];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'When the adapter last replied to anything',
  })
  lastReplyAt: string | null;
  @ApiProperty({ nullable: true, type: ProbeReportModel })
  lastProbe: ProbeReportModel | null;
}

class KafkaReportModel {
  @ApiProperty()
  reachable: boolean;
}

@ApiExtraModels(ConnectorReportModel)
export class HealthReportModel implements HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status: HealthReport['status'];
  @ApiProperty({ type: KafkaReportModel })
  kafka: KafkaReportModel;
  @ApiProperty({
    description: `One entry per source: ${SOURCES.join(', ')}`,
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ConnectorReportModel) },
  })
  connectors: HealthReport['connectors'];
}

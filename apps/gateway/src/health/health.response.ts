import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { SOURCES } from '@interop/contracts';
import { ConnectorHealth, HealthReport, MaintenanceReport, ProbeReport } from './health-report';
import { HealthReason, HealthReasonCode, HealthStatus } from './health-status';
import { TrafficStats } from './traffic/traffic-window';

const STATUSES = Object.values(HealthStatus);

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
  @ApiProperty({ description: 'False when no adapter answered within HEALTH_PROBE_TIMEOUT_MS' })
  answered: boolean;
}

class HealthReasonModel implements HealthReason {
  @ApiProperty({ enum: Object.values(HealthReasonCode) })
  code: HealthReason['code'];
  @ApiProperty({ enum: [HealthStatus.Degraded, HealthStatus.Down] })
  status: HealthReason['status'];
  @ApiProperty({ description: 'For people; no personal data' })
  message: string;
}

class TrafficModel implements TrafficStats {
  @ApiProperty({ description: 'The window judged, HEALTH_WINDOW_MS' })
  windowMs: number;
  @ApiProperty()
  requests: number;
  @ApiProperty({
    description: 'Requests that the source failed (not NOT_FOUND, not invalid input)',
  })
  failures: number;
  @ApiProperty()
  requestsPerSecond: number;
  @ApiProperty({ nullable: true, type: Number })
  errorRate: number | null;
  @ApiProperty({ nullable: true, type: Number })
  p50Ms: number | null;
  @ApiProperty({ nullable: true, type: Number })
  p95Ms: number | null;
}

class MaintenanceModel implements MaintenanceReport {
  @ApiProperty()
  reason: string;
  @ApiProperty()
  since: string;
  @ApiProperty({ nullable: true, type: String })
  until: string | null;
  @ApiProperty({ description: 'The ops caller who switched it on' })
  by: string;
}

export class ConnectorHealthModel implements ConnectorHealth {
  @ApiProperty({ enum: SOURCES })
  source: ConnectorHealth['source'];
  @ApiProperty()
  title: string;
  @ApiProperty({ description: 'Whether this replica is unready without a replica of its adapter' })
  critical: boolean;
  @ApiProperty()
  latencyObjectiveMs: number;
  @ApiProperty({ enum: STATUSES })
  status: HealthStatus;
  @ApiProperty({ description: 'When the status last changed, on this gateway replica' })
  since: string;
  @ApiProperty({ type: [HealthReasonModel] })
  reasons: HealthReasonModel[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'When the adapter last replied to anything',
  })
  lastReplyAt: string | null;
  @ApiProperty({ nullable: true, type: ProbeReportModel })
  lastProbe: ProbeReportModel | null;
  @ApiProperty({ enum: ['open', 'closed', 'unknown'] })
  circuit: ConnectorHealth['circuit'];
  @ApiProperty({ nullable: true, type: Number })
  replicas: number | null;
  @ApiProperty({ nullable: true, type: Number })
  consumerLag: number | null;
  @ApiProperty()
  replyPartition: boolean;
  @ApiProperty()
  inFlight: number;
  @ApiProperty({ type: TrafficModel })
  traffic: TrafficModel;
  @ApiProperty({ nullable: true, type: MaintenanceModel })
  maintenance: MaintenanceModel | null;
}

class KafkaReportModel {
  @ApiProperty()
  reachable: boolean;
  @ApiPropertyOptional()
  problem?: string;
}

@ApiExtraModels(ConnectorHealthModel)
export class HealthReportModel implements HealthReport {
  @ApiProperty({ enum: STATUSES })
  status: HealthStatus;
  @ApiProperty({ description: 'What /health/ready answers' })
  ready: boolean;
  @ApiProperty({ type: KafkaReportModel })
  kafka: KafkaReportModel;
  @ApiProperty({
    description: `One entry per source: ${SOURCES.join(', ')}`,
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ConnectorHealthModel) },
  })
  connectors: HealthReport['connectors'];
}

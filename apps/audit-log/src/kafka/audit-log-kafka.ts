import { LoggerService } from '@nestjs/common';
import { kafkaConnection, kafkaLogCreator } from '@interop/platform';
import { Kafka, logLevel } from 'kafkajs';
import { AuditLogConfig } from '../config/audit-log.config';

/**
 * The audit log's one Kafka client: the only place that knows how to reach the cluster, so that
 * SASL and TLS settings arrive here alone.
 */
export function auditLogKafka(config: AuditLogConfig, logger: LoggerService): Kafka {
  return new Kafka({
    clientId: config.KAFKA_CLIENT_ID,
    ...kafkaConnection(config),
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(logger),
  });
}

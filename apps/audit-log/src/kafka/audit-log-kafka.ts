import { LoggerService } from '@nestjs/common';
import { kafkaConnection } from '@interop/platform';
import { Kafka, logCreator, logLevel } from 'kafkajs';
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
    logCreator: jsonLogCreator(logger),
  });
}

function jsonLogCreator(logger: LoggerService): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, ...fields } = log;
      const entry = { namespace, ...fields, timestamp: undefined };
      if (level === logLevel.ERROR) logger.error(message, entry);
      else if (level === logLevel.WARN) logger.warn(message, entry);
      else logger.log(message, entry);
    };
}

import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { JsonLogger, loadConfig } from '@interop/platform';
import { AuditLogModule } from './audit-log.module';
import { AuditLogConfig } from './config/audit-log.config';
import { AfterAppend, AuditIngester } from './ingest/audit-ingester';
import { LedgerWriter } from './ingest/ledger-writer';
import { AuditLogMetrics } from './metrics/audit-log-metrics';
import { auditLogKafka } from './kafka/audit-log-kafka';
import { readSigningKey } from './ledger/signing-key';
import { ErrorResponseFilter } from './http/error-response.filter';
import { createValidationPipe } from './http/validation.pipe';
import { openStore } from './store/open-store';

export interface AuditLogAppOptions {
  logger?: LoggerService;
  /** Test seam: runs after each database commit, before the offsets are committed. */
  afterAppend?: AfterAppend;
}

/**
 * The audit log, appending and answering queries, not yet listening: shared by main.ts and the
 * end-to-end tests. Closing the app stops the consumer, signs the unsigned rows, closes the store.
 */
export async function createAuditLogApp(
  env: NodeJS.ProcessEnv = process.env,
  options: AuditLogAppOptions = {},
): Promise<INestApplication> {
  const config = loadConfig(AuditLogConfig, env);
  const logger = options.logger ?? new JsonLogger('audit-log', config.LOG_LEVEL);
  const key = readSigningKey(config.AUDIT_SIGNING_KEY_FILE);
  const store = await openStore(config);
  const kafka = auditLogKafka(config, logger);
  const admin = kafka.admin();
  const writer = new LedgerWriter(store, key, { every: config.AUDIT_CHECKPOINT_EVERY });
  const metrics = new AuditLogMetrics(admin, config.KAFKA_GROUP_ID, (error) =>
    logger.warn('audit lag unavailable', { cause: String(error) }),
  );
  const ingester = new AuditIngester(
    kafka,
    writer,
    {
      groupId: config.KAFKA_GROUP_ID,
      fetchMaxBytes: config.AUDIT_FETCH_MAX_BYTES,
      fetchMinBytes: config.AUDIT_FETCH_MIN_BYTES,
      fetchMaxWaitMs: config.AUDIT_FETCH_MAX_WAIT_MS,
      checkpointIntervalMs: config.AUDIT_CHECKPOINT_INTERVAL_MS,
    },
    logger,
    async (result) => {
      metrics.appended(result);
      await options.afterAppend?.(result);
    },
  );
  const release = async () => {
    await ingester.stop();
    await admin.disconnect();
    await store.close();
  };
  try {
    await admin.connect();
    await ingester.start();
    const app = await NestFactory.create<NestExpressApplication>(
      AuditLogModule.forRoot(config, { store, admin, metrics, release }),
      { logger, abortOnError: false },
    );
    app.disable('x-powered-by');
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ErrorResponseFilter());
    app.enableShutdownHooks();
    logger.log('appending interop.audit', {
      store: store.location,
      groupId: config.KAFKA_GROUP_ID,
    });
    return app;
  } catch (error) {
    await release().catch(() => undefined);
    throw error;
  }
}

/** Runs the audit log on AUDIT_LOG_HOST:AUDIT_LOG_PORT; a bad configuration ends the process. */
export async function startAuditLog(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const app = await createAuditLogApp(env);
    const { AUDIT_LOG_HOST, AUDIT_LOG_PORT } = app.get(AuditLogConfig);
    await app.listen(AUDIT_LOG_PORT, AUDIT_LOG_HOST);
    new JsonLogger('audit-log').log('listening', { url: await app.getUrl() });
  } catch (error) {
    new JsonLogger('audit-log').fatal('the audit log could not start', {
      reason: (error as Error).message,
    });
    process.exit(1);
  }
}

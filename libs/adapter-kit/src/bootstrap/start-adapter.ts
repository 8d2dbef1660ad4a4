import { DynamicModule, INestApplicationContext, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { adapterGroupId, deadLetterTopic, requestTopic, SourceName } from '@interop/contracts';
import { Kafka, logLevel } from 'kafkajs';
import {
  JsonLogger,
  kafkaConnection,
  LazyAdmin,
  loadConfig,
  MetricsListener,
  registerConsumerLag,
  startMetricsListener,
} from '@interop/platform';
import { AdapterKitModule } from '../adapter-kit.module';
import { UpstreamCallAudit } from '../audit/upstream-call-audit';
import { AdapterConfig } from '../config/adapter.config';
import { AdapterMetrics } from '../metrics/adapter-metrics';
import { RequestConsumer } from '../messaging/request-consumer';
import { RequestHandler } from '../messaging/request-handler';
import { SOURCE_ADAPTER, SourceAdapter } from '../source-adapter/source-adapter';
import { UpstreamClients } from '../upstream/upstream-clients';

export interface KafkaNames {
  requestTopic: string;
  deadLetterTopic: string;
  groupId: string;
}

export interface StartAdapterOptions<C extends AdapterConfig> {
  /** The adapter's Nest module; it provides its SourceAdapter under SOURCE_ADAPTER. */
  module: Type<unknown> | DynamicModule;
  /** The adapter's config class: AdapterConfig or a subclass declaring the adapter's own settings. */
  config: new () => C;
  env?: NodeJS.ProcessEnv;
  /**
   * Other topics and group than the source's own, so that a test run does not meet others. Its
   * principal needs the same ACLs on them (adapterGrants), and REPLY_TOPIC_PREFIXES its replies.
   */
  kafka?: Partial<KafkaNames>;
}

export interface RunningAdapter {
  readonly source: SourceName;
  readonly config: AdapterConfig;
  readonly kafka: KafkaNames;
  /** Where its metrics listener answers GET /metrics and GET /health/live. */
  readonly metricsUrl: string;
  /** Leaves the consumer group, then closes the application. */
  stop(): Promise<void>;
}

/**
 * Boots an adapter: config validated first (a ConfigError names the bad variable), then the Nest
 * application context, then the Kafka consumer. Shared by each adapter's main.ts and its tests.
 */
export async function startAdapter<C extends AdapterConfig>(
  options: StartAdapterOptions<C>,
): Promise<RunningAdapter> {
  const config = loadConfig(options.config, options.env ?? process.env);
  const app = await NestFactory.createApplicationContext(
    AdapterKitModule.forAdapter(options.module, options.config, config),
    // Logs wait for the JSON logger, which needs the source's name from the adapter.
    { bufferLogs: true, abortOnError: false },
  );
  try {
    return await startConsuming(app, config, options.kafka);
  } catch (error) {
    await app.close();
    throw error;
  }
}

async function startConsuming(
  app: INestApplicationContext,
  config: AdapterConfig,
  names: Partial<KafkaNames> = {},
): Promise<RunningAdapter> {
  const adapter = app.get<SourceAdapter>(SOURCE_ADAPTER);
  app.useLogger(new JsonLogger(`${adapter.source}-adapter`, config.LOG_LEVEL));
  const kafka = { ...kafkaNamesOf(adapter.source), ...names };
  const upstreams = app.get(UpstreamClients);
  const audit = new UpstreamCallAudit(adapter.source, config);
  const metrics = app.get(AdapterMetrics);
  const handler = new RequestHandler({
    adapter,
    deadLetterTopic: kafka.deadLetterTopic,
    replyTopicPrefixes: config.REPLY_TOPIC_PREFIXES,
    circuitOpen: () => upstreams.anyCircuitOpen,
    audit,
  });
  const consumer = new RequestConsumer(handler, {
    connection: kafkaConnection(config),
    clientId: `${adapter.source}-adapter`,
    groupId: kafka.groupId,
    topic: kafka.requestTopic,
    partitionsConcurrency: config.KAFKA_PARTITIONS_CONCURRENCY,
    maxInFlightMessages: config.KAFKA_MAX_IN_FLIGHT_MESSAGES,
    commitIntervalMs: config.KAFKA_COMMIT_INTERVAL_MS,
    drainTimeoutMs: config.KAFKA_DRAIN_TIMEOUT_MS,
    onDeadLetter: () => metrics.deadLettered(),
  });
  metrics.watchMessagesInHand(() => consumer.messagesInHand);
  const admin = watchLag(metrics, config, adapter.source, kafka);
  let listener: MetricsListener;
  try {
    await audit.start();
    await consumer.start();
    listener = await startMetricsListener(
      metrics.registry,
      config.METRICS_HOST,
      config.METRICS_PORT,
    );
  } catch (error) {
    await consumer.stop();
    await audit.stop();
    await admin.close();
    throw error;
  }
  new Logger('Adapter').log('serving metrics', { url: `${listener.url}/metrics` });
  return {
    source: adapter.source,
    config,
    kafka,
    metricsUrl: listener.url,
    stop: () => stopInOrder({ consumer, audit, listener, admin }, app),
  };
}

/** The lag of the adapter's group on its request topic, read from the broker at each scrape. */
function watchLag(
  metrics: AdapterMetrics,
  config: AdapterConfig,
  source: SourceName,
  names: KafkaNames,
): LazyAdmin {
  const kafka = new Kafka({
    clientId: `${source}-adapter-metrics`,
    ...kafkaConnection(config),
    logLevel: logLevel.NOTHING,
  });
  const admin = new LazyAdmin(kafka);
  const logger = new Logger('Metrics');
  registerConsumerLag(
    metrics.registry,
    () => admin.get(),
    () => [{ group: names.groupId, topics: [names.requestTopic] }],
    (error) => logger.warn('consumer lag unavailable', { cause: String(error) }),
  );
  return admin;
}

function kafkaNamesOf(source: SourceName): KafkaNames {
  return {
    requestTopic: requestTopic(source),
    deadLetterTopic: deadLetterTopic(source),
    groupId: adapterGroupId(source),
  };
}

/** What a running adapter holds open besides its application. */
interface AdapterParts {
  consumer: RequestConsumer;
  audit: UpstreamCallAudit;
  listener: MetricsListener;
  admin: LazyAdmin;
}

/**
 * The consumer first: requests in hand are answered, and their events sent, before the audit
 * producer and the upstream clients close.
 */
async function stopInOrder(
  { consumer, audit, listener, admin }: AdapterParts,
  app: INestApplicationContext,
): Promise<void> {
  await consumer.stop();
  await audit.stop();
  await listener.close();
  await admin.close();
  await app.close();
  new Logger('Adapter').log('stopped');
}

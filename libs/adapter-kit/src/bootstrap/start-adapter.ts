import { DynamicModule, INestApplicationContext, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { adapterGroupId, deadLetterTopic, requestTopic, SourceName } from '@interop/contracts';
import { JsonLogger, kafkaConnection, loadConfig } from '@interop/platform';
import { AdapterKitModule } from '../adapter-kit.module';
import { UpstreamCallAudit } from '../audit/upstream-call-audit';
import { AdapterConfig } from '../config/adapter.config';
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
  });
  try {
    await audit.start();
    await consumer.start();
  } catch (error) {
    await consumer.stop();
    await audit.stop();
    throw error;
  }
  const stop = () => stopInOrder(consumer, audit, app);
  return { source: adapter.source, config, kafka, stop };
}

function kafkaNamesOf(source: SourceName): KafkaNames {
  return {
    requestTopic: requestTopic(source),
    deadLetterTopic: deadLetterTopic(source),
    groupId: adapterGroupId(source),
  };
}

/**
 * The consumer first: requests in hand are answered, and their events sent, before the audit
 * producer and the upstream clients close.
 */
async function stopInOrder(
  consumer: RequestConsumer,
  audit: UpstreamCallAudit,
  app: INestApplicationContext,
): Promise<void> {
  await consumer.stop();
  await audit.stop();
  await app.close();
  new Logger('Adapter').log('stopped');
}

import { GATEWAY_GROUP_ID } from '@interop/contracts';
import { KafkaConfig } from '@interop/platform';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';
import type { LogLevel } from '@nestjs/common';

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const KAFKA_NAME = /^[\w.-]{1,100}$/;

/** The gateway's environment, validated once at boot; each property is the variable's name. */
export class GatewayConfig extends KafkaConfig {
  /** HTTP port to listen on; 0 picks a free port. */
  @IsInt()
  @Min(0)
  @Max(65535)
  GATEWAY_PORT: number = 3000;

  /** Interface to listen on; 0.0.0.0 accepts connections from other hosts. */
  @IsString()
  @IsNotEmpty()
  GATEWAY_HOST: string = '127.0.0.1';

  /** How long a caller waits for a source, counted from the moment its request arrived. */
  @IsInt()
  @Min(100)
  @Max(120_000)
  REQUEST_DEADLINE_MS: number = 5000;

  /** How often each source is asked for its self-check while it is up. */
  @IsInt()
  @Min(100)
  HEALTH_PROBE_INTERVAL_MS: number = 10_000;

  /** How long a self-check may take before the probe counts as unanswered. */
  @IsInt()
  @Min(100)
  HEALTH_PROBE_TIMEOUT_MS: number = 3000;

  /** A source with no reply of any kind for this long is down. */
  @IsInt()
  @Min(100)
  HEALTH_STALE_AFTER_MS: number = 30_000;

  /** How long GET /health waits for the Kafka cluster to describe itself. */
  @IsInt()
  @Min(100)
  KAFKA_CHECK_TIMEOUT_MS: number = 1000;

  /** How long start-up waits for Kafka and for this replica's reply partitions before giving up. */
  @IsInt()
  @Min(1000)
  KAFKA_STARTUP_TIMEOUT_MS: number = 30_000;

  /** Kafka client id of this gateway, as broker logs and quotas see it. */
  @Matches(KAFKA_NAME, { message: 'KAFKA_CLIENT_ID must be 1-100 letters, digits, . _ -' })
  KAFKA_CLIENT_ID: string = 'interop-gateway';

  /**
   * Consumer group of the reply consumer, shared by all replicas so they split the reply
   * partitions; the dossier checks' group adds `.dossier-checks`. The gateway's ACLs cover
   * groups starting with `interop-gateway`.
   */
  @Matches(KAFKA_NAME, { message: 'KAFKA_GROUP_ID must be 1-100 letters, digits, . _ -' })
  KAFKA_GROUP_ID: string = GATEWAY_GROUP_ID;

  /** The x-requester the gateway's own health probes carry. */
  @Matches(/^[\w.:/-]{1,64}$/, {
    message: 'GATEWAY_REQUESTER_ID must be 1-64 letters, digits, . _ - : /',
  })
  GATEWAY_REQUESTER_ID: string = 'interop-gateway';

  /** Most verbose level logged: fatal, error, warn, log (info), debug or verbose. Personal data is masked above debug. */
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';
}

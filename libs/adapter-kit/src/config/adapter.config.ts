import { LogLevel } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { GATEWAY_REPLY_TOPIC_PREFIX } from '@interop/contracts';
import { AuditTrailConfig, commaSeparated } from '@interop/platform';
import {
  ArrayNotEmpty,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
} from 'class-validator';

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const TOPIC_PREFIX = /^[\w.-]{1,249}$/;

/**
 * Settings every adapter shares, read from the environment at boot: Kafka, the audit trail
 * (AUDIT_SUBJECT_KEY is required), its upstream's URL, resilience and consumption. One adapter
 * process talks to one upstream, so the names carry no source: `UPSTREAM_URL`, not
 * `POPULATION_UPSTREAM_URL`. The upstream's credentials, which differ in kind between upstreams
 * and have no defaults, live in a subclass declared by the adapter (`UPSTREAM_API_KEY`, ...).
 */
export class AdapterConfig extends AuditTrailConfig {
  /** Base URL of the upstream (the local simulator's in development). */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  UPSTREAM_URL: string = 'http://127.0.0.1:4000';

  /** Time allowed for one attempt to the upstream, in milliseconds. */
  @IsInt()
  @Min(1)
  UPSTREAM_TIMEOUT_MS: number = 2000;

  /** Retries after a transient upstream fault (network error, timeout, 429, 502-504). */
  @IsInt()
  @Min(0)
  @Max(10)
  UPSTREAM_RETRY_ATTEMPTS: number = 2;

  /** Base of the exponential backoff between retries, in milliseconds (full jitter). */
  @IsInt()
  @Min(1)
  UPSTREAM_RETRY_BASE_MS: number = 100;

  /** Share of failed upstream calls, in percent, above which the circuit opens. */
  @IsInt()
  @Min(1)
  @Max(100)
  CIRCUIT_ERROR_THRESHOLD_PERCENT: number = 50;

  /** Calls within the rolling window before the circuit may open at all. */
  @IsInt()
  @Min(1)
  CIRCUIT_VOLUME_THRESHOLD: number = 10;

  /** How long an open circuit rejects calls before letting one trial call through, in ms. */
  @IsInt()
  @Min(1)
  CIRCUIT_RESET_MS: number = 10000;

  /** Upstream calls in flight at once; further calls wait for a slot until their deadline. */
  @IsInt()
  @Min(1)
  UPSTREAM_MAX_IN_FLIGHT: number = 200;

  /** Calls that may wait for an upstream slot; beyond them a call is refused with RATE_LIMITED. */
  @IsInt()
  @Min(0)
  UPSTREAM_MAX_WAITING: number = 200;

  /** Partitions of the request topic one replica takes new messages from at the same time. */
  @IsInt()
  @Min(1)
  KAFKA_PARTITIONS_CONCURRENCY: number = 6;

  /** Request messages one replica handles at once, across and within its partitions. */
  @IsInt()
  @Min(1)
  KAFKA_MAX_IN_FLIGHT_MESSAGES: number = 200;

  /** How often the offsets of answered requests are committed, in milliseconds. */
  @IsInt()
  @Min(1)
  KAFKA_COMMIT_INTERVAL_MS: number = 100;

  /** How long stopping waits for the requests in hand; any left are redelivered to another replica. */
  @IsInt()
  @Min(0)
  KAFKA_DRAIN_TIMEOUT_MS: number = 10_000;

  /** Comma-separated prefixes a request's reply topic must start with; others are dead-lettered. */
  @Transform(commaSeparated)
  @ArrayNotEmpty()
  @Matches(TOPIC_PREFIX, { each: true, message: 'each prefix must be letters, digits, . _ -' })
  REPLY_TOPIC_PREFIXES: string[] = [GATEWAY_REPLY_TOPIC_PREFIX];

  /**
   * Port of the adapter's metrics listener (GET /metrics, GET /health/live). 0, the default,
   * picks a free port and logs it; npm start and compose give each adapter its own fixed port.
   */
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT: number = 0;

  /** Interface the metrics listener listens on; 0.0.0.0 lets Prometheus on another host scrape. */
  @IsString()
  @IsNotEmpty()
  METRICS_HOST: string = '127.0.0.1';

  /** Least severe level written: fatal, error, warn, log, debug or verbose. */
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';
}

import type { LogLevel } from '@nestjs/common';
import { KafkaConfig } from '@interop/platform';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const KAFKA_NAME = /^[\w.-]{1,100}$/;

/** The audit log's environment, validated once at boot; each property is the variable's name. */
export class AuditLogConfig extends KafkaConfig {
  /** Port of the internal query API; 0 picks a free one. */
  @IsInt()
  @Min(0)
  @Max(65535)
  AUDIT_LOG_PORT: number = 3100;

  /** Interface of the query API: loopback by default, since only the gateway should call it. */
  @IsString()
  @IsNotEmpty()
  AUDIT_LOG_HOST: string = '127.0.0.1';

  /** Bearer token the gateway presents to query the log. No default: a secret. */
  @IsString()
  @MinLength(32, { message: 'AUDIT_QUERY_TOKEN must be at least 32 characters' })
  AUDIT_QUERY_TOKEN: string;

  /** PKCS#8 PEM file of the Ed25519 key that signs checkpoints (npm run audit:keygen). */
  @IsString()
  @IsNotEmpty()
  AUDIT_SIGNING_KEY_FILE: string;

  /** postgres://user:password@host:port/database: a PostgreSQL server instead of PGlite. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'AUDIT_DATABASE_URL must be a postgres:// URL',
  })
  AUDIT_DATABASE_URL?: string;

  /** PGlite's data directory, used when AUDIT_DATABASE_URL is not set. */
  @IsString()
  @IsNotEmpty()
  AUDIT_PGLITE_DIR: string = '.run/audit-db';

  /** A checkpoint is signed after this many rows... */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  AUDIT_CHECKPOINT_EVERY: number = 1000;

  /** ...or once the oldest unsigned row has waited this long, whichever comes first. */
  @IsInt()
  @Min(100)
  AUDIT_CHECKPOINT_INTERVAL_MS: number = 10_000;

  /** Most bytes of events fetched, and so appended in one transaction, at a time. */
  @IsInt()
  @Min(1024)
  AUDIT_FETCH_MAX_BYTES: number = 4_194_304;

  /**
   * Bytes of events a fetch waits for (up to AUDIT_FETCH_MAX_WAIT_MS), so that events arriving
   * one by one are appended many to a transaction rather than each paying for its own.
   */
  @IsInt()
  @Min(1)
  AUDIT_FETCH_MIN_BYTES: number = 65_536;

  /** Longest a fetch waits for AUDIT_FETCH_MIN_BYTES: what that batching may add to the lag. */
  @IsInt()
  @Min(10)
  @Max(5000)
  AUDIT_FETCH_MAX_WAIT_MS: number = 250;

  @Matches(KAFKA_NAME, { message: 'KAFKA_CLIENT_ID must be 1-100 letters, digits, . _ -' })
  KAFKA_CLIENT_ID: string = 'interop-audit-log';

  /** Consumer group: its committed offset is where appending resumes after a restart. */
  @Matches(KAFKA_NAME, { message: 'KAFKA_GROUP_ID must be 1-100 letters, digits, . _ -' })
  KAFKA_GROUP_ID: string = 'interop-audit-log';

  /** Most verbose level logged: fatal, error, warn, log (info), debug or verbose. */
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';
}

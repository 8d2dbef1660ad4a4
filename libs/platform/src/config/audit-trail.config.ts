import { AUDIT_TOPIC } from '@interop/contracts';
import {
  IsInt,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidationArguments,
} from 'class-validator';
import { KafkaConfig } from './kafka.config';

const TOPIC = /^[\w.-]{1,100}$/;

/**
 * Settings of every app that writes the audit trail (the gateway and the adapters): besides
 * Kafka, the subject key its events are hashed with and where they go.
 */
export class AuditTrailConfig extends KafkaConfig {
  /** `production` refuses the settings meant for demos and benchmarks only. */
  @IsString()
  NODE_ENV: string = 'development';

  /**
   * The secret of the subjects' keyed hashes (HMAC-SHA-256 of an identification number) in the
   * audit trail: with it, and only with it, a subject's accesses can be found. Required: there
   * is no default, since a published key would let anyone test numbers against the trail. Every
   * app of one deployment has the same, so that a subject's events all carry one hash.
   */
  @IsString()
  @MinLength(32, { message: 'AUDIT_SUBJECT_KEY must be at least 32 characters (256 bits of hex)' })
  AUDIT_SUBJECT_KEY: string;

  /**
   * `off` stops the audit trail: nothing is recorded and nothing refused for it. For benchmarks
   * only; refused when NODE_ENV=production.
   */
  @ValidateBy({
    name: 'auditTrail',
    validator: {
      validate: (value: unknown, { object }: ValidationArguments) =>
        value === 'on' ||
        (value === 'off' && (object as AuditTrailConfig).NODE_ENV !== 'production'),
      defaultMessage: () => 'AUDIT_TRAIL must be on, or off outside NODE_ENV=production',
    },
  })
  AUDIT_TRAIL: 'on' | 'off' = 'on';

  /** How long an audit event waits for the broker's acknowledgement before it counts as lost. */
  @IsInt()
  @Min(100)
  @Max(30_000)
  AUDIT_TIMEOUT_MS: number = 2000;

  /** The topic the audit events go to. */
  @Matches(TOPIC, { message: 'AUDIT_TOPIC must be 1-100 letters, digits, . _ -' })
  AUDIT_TOPIC: string = AUDIT_TOPIC;
}

import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { ErrorCode } from '../errors/error-code';
import { SOURCES, SourceName } from '../kafka/sources';
import { AuditChannel, AuditKind, AuditOutcome, SubjectKind } from './audit-vocabulary';

const values = <T extends object>(vocabulary: T) => Object.values(vocabulary);
const NAME = /^[a-z][a-z0-9-]{0,62}$/;
const OPERATION = /^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/;
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const ZONED_DATE_TIME = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * One record of the audit trail, the value of a message on `interop.audit`. It names who asked
 * what, why and how it ended, and never carries personal data in clear: the subject is a keyed
 * hash (`subjectHash`), and of the data returned only the field names are kept.
 */
export class AuditEvent {
  /** Unique per event: the audit log stores each id exactly once. */
  @IsUUID()
  eventId: string;

  /** When the attempt ended, ISO 8601 with a time zone. */
  @IsISO8601({ strict: true })
  @Matches(ZONED_DATE_TIME, { message: 'time must be a date-time with a time zone' })
  time: string;

  @IsIn(values(AuditKind))
  kind: AuditKind;

  /** The app that emitted the event, e.g. `gateway`, `population-adapter`. */
  @Matches(NAME, { message: 'app must be a lower-case app name' })
  app: string;

  /**
   * The authenticated calling system; for a refusal at authentication, the identity it claimed,
   * or `anonymous`.
   */
  @IsString()
  @Length(1, 128)
  caller: string;

  /** The officer the caller says is asking (x-officer-id), recorded as the caller's statement. */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  officerId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  procedureCode?: string;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  dossierId?: string;

  @IsOptional()
  @IsIn(SOURCES)
  source?: SourceName;

  /** Dotted operation name, e.g. `citizen.lookup`. */
  @IsOptional()
  @Matches(OPERATION, { message: 'operation must look like "citizen.lookup"' })
  operation?: string;

  @IsIn(values(AuditOutcome))
  outcome: AuditOutcome;

  @IsOptional()
  @IsIn(values(ErrorCode))
  errorCode?: ErrorCode;

  /** How long the attempt took, in whole milliseconds. */
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  durationMs: number;

  /** The correlation id (X-Request-Id, kafka_correlationId). */
  @IsOptional()
  @IsString()
  @Length(1, 128)
  requestId?: string;

  /** The W3C trace id: 32 lower-case hex digits. */
  @IsOptional()
  @Matches(/^[0-9a-f]{32}$/, { message: 'traceId must be 32 lower-case hex digits' })
  traceId?: string;

  /** Names, never values, of the fields returned, as dotted paths (`address.provinceCode`). */
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(FIELD_PATH, { each: true, message: 'each field name must be a dotted path' })
  fieldsReturned: string[];

  /** `subjectHash(secret, identifier)`: 64 lower-case hex digits. */
  @ValidateIf((event: AuditEvent) => event.subjectHash !== undefined || !!event.subjectKind)
  @Matches(/^[0-9a-f]{64}$/, { message: 'subjectHash must be 64 lower-case hex digits' })
  subjectHash?: string;

  @ValidateIf((event: AuditEvent) => event.subjectKind !== undefined || !!event.subjectHash)
  @IsIn(values(SubjectKind), { message: 'subjectKind must accompany subjectHash' })
  subjectKind?: SubjectKind;

  @IsOptional()
  @IsIn(values(AuditChannel))
  channel?: AuditChannel;
}

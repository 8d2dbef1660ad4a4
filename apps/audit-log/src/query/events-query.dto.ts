import { AuditKind, AuditOutcome, SOURCES, SourceName } from '@interop/contracts';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';

export const MAX_PAGE_SIZE = 500;

/** Paging shared by every list: newest first, `cursor` from the previous page. */
export class PageQueryDto {
  /** The `nextCursor` of the previous page: rows before it come next. */
  @IsOptional()
  @Matches(/^[1-9]\d{0,15}$/, { message: 'cursor must be a cursor returned by a previous page' })
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 100;
}

/** Filters of GET /events; all optional, combined with AND. */
export class EventsQueryDto extends PageQueryDto {
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'subjectHash must be 64 lower-case hex digits' })
  subjectHash?: string;

  @IsOptional()
  @IsString()
  @Length(1, 128)
  caller?: string;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  officerId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  procedureCode?: string;

  @IsOptional()
  @IsIn(SOURCES)
  source?: SourceName;

  @IsOptional()
  @IsIn(Object.values(AuditOutcome))
  outcome?: AuditOutcome;

  @IsOptional()
  @IsIn(Object.values(AuditKind))
  kind?: AuditKind;

  /** Events at or after this time (ISO 8601). */
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  /** Events before this time (ISO 8601). */
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class SubjectParamsDto {
  @Matches(/^[0-9a-f]{64}$/, { message: 'subjectHash must be 64 lower-case hex digits' })
  subjectHash: string;
}

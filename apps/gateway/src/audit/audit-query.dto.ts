import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AuditKind,
  AuditOutcome,
  IsEnterpriseCode,
  IsPersonalId,
  SOURCES,
  SourceName,
} from '@interop/contracts';
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

export const MAX_AUDIT_PAGE = 500;

/** Paging of every audit list: newest first; `cursor` is the previous page's `nextCursor`. */
export class AuditPageQueryDto {
  @ApiPropertyOptional({ description: "The previous page's nextCursor", example: '1024' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,15}$/, { message: 'cursor must be a cursor returned by a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_AUDIT_PAGE, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  limit?: number;
}

/**
 * Filters of GET /v1/audit/events, combined with AND. The subject is given by its number,
 * which the gateway hashes with its subject key: the audit log never sees it.
 */
export class AuditEventsQueryDto extends AuditPageQueryDto {
  @ApiPropertyOptional({ description: 'Events about this citizen', example: '001085012345' })
  @IsOptional()
  @IsPersonalId()
  personalId?: string;

  @ApiPropertyOptional({ description: 'Events about this enterprise', example: '0101234567' })
  @IsOptional()
  @IsEnterpriseCode()
  enterpriseCode?: string;

  @ApiPropertyOptional({ description: 'The calling system', example: 'dossier-core' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  caller?: string;

  @ApiPropertyOptional({ example: 'cb.0042' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  officerId?: string;

  @ApiPropertyOptional({ example: '1.001193' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  procedureCode?: string;

  @ApiPropertyOptional({ enum: SOURCES })
  @IsOptional()
  @IsIn(SOURCES)
  source?: SourceName;

  @ApiPropertyOptional({ enum: Object.values(AuditOutcome) })
  @IsOptional()
  @IsIn(Object.values(AuditOutcome))
  outcome?: AuditOutcome;

  @ApiPropertyOptional({ enum: Object.values(AuditKind) })
  @IsOptional()
  @IsIn(Object.values(AuditKind))
  kind?: AuditKind;

  @ApiPropertyOptional({ description: 'At or after (ISO 8601)', example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Before (ISO 8601)', example: '2026-12-02T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class AuditSubjectParamsDto {
  @IsPersonalId()
  personalId: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsText, SOURCES, SourceName } from '@interop/contracts';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';

const ZONED_DATE_TIME = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export class MaintenanceSourceParams {
  @ApiProperty({ enum: SOURCES })
  @IsIn(SOURCES, { message: `source must be one of ${SOURCES.join(', ')}` })
  source: SourceName;
}

/** Body of PUT /v1/ops/connectors/{source}/maintenance. */
export class MaintenanceRequestDto {
  @ApiProperty({
    description: 'Why, for the ops team; never shown to callers. At most 200 characters.',
    example: 'Upgrade of the national SOAP endpoint, announced by the ministry',
  })
  @IsText({ maxLength: 200 })
  reason: string;

  @ApiPropertyOptional({
    description:
      'When maintenance ends by itself: an ISO 8601 instant with a time zone, in the future',
    example: '2026-12-01T22:00:00+07:00',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(ZONED_DATE_TIME, { message: 'until must be a date-time with a time zone' })
  until?: string;
}

export class MaintenanceModel {
  @ApiProperty()
  reason: string;
  @ApiProperty()
  since: string;
  @ApiProperty({ nullable: true, type: String })
  until: string | null;
  @ApiProperty({ description: 'The ops caller who switched it on' })
  by: string;
  @ApiProperty({ description: 'The Retry-After callers are answered now' })
  retryAfterS: number;
}

export class ConnectorMaintenanceModel {
  @ApiProperty({ enum: SOURCES })
  source: SourceName;
  @ApiProperty({ nullable: true, type: MaintenanceModel })
  maintenance: MaintenanceModel | null;
}

export class MaintenanceListModel {
  @ApiProperty({ type: [ConnectorMaintenanceModel], description: 'Every connector' })
  connectors: ConnectorMaintenanceModel[];
}

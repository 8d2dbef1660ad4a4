import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CLAIM_VERDICTS,
  ClaimVerdict,
  ErrorCode,
  FieldCheck,
  NAME_DIFFERENCES,
  NameDifference,
  SOURCES,
  SourceName,
} from '@interop/contracts';

// OpenAPI shapes every claim's check is made of; `implements` keeps them in step with libs/contracts.

export class FieldCheckModel implements FieldCheck {
  @ApiProperty({ enum: CLAIM_VERDICTS })
  verdict: ClaimVerdict;

  @ApiPropertyOptional({
    example: 'differs from the registered name only in diacritics',
    description: 'What differs, or how a loose MATCH was reached; never the registered value',
  })
  reason?: string;

  @ApiPropertyOptional({
    enum: NAME_DIFFERENCES,
    description: 'For a name: the kind of difference',
  })
  difference?: NameDifference;
}

/** What a claim's check says besides its fields; each claim's model adds its `fields`. */
export class ClaimCheckModel {
  @ApiProperty({ enum: SOURCES })
  source: SourceName;

  @ApiProperty({ enum: CLAIM_VERDICTS, description: 'The worst of its fields' })
  verdict: ClaimVerdict;

  @ApiPropertyOptional({
    example: '2026-06-01T08:30:00.000Z',
    description: "When the source's data was read; absent when it did not answer",
  })
  fetchedAt?: string;

  @ApiPropertyOptional({ description: 'Why the claim is NOT_FOUND or UNAVAILABLE' })
  reason?: string;

  @ApiPropertyOptional({ enum: Object.values(ErrorCode), description: "The source's error" })
  errorCode?: ErrorCode;
}

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { ErrorCode, HTTP_STATUS_OF } from '@interop/contracts';

class FieldErrorModel {
  @ApiProperty({ example: 'headers.x-officer-id' })
  field: string;

  @ApiProperty({ example: 'header x-officer-id is required' })
  message: string;
}

class ErrorModel {
  @ApiProperty({ enum: Object.values(ErrorCode) })
  code: ErrorCode;

  @ApiProperty()
  message: string;

  @ApiPropertyOptional({
    type: [FieldErrorModel],
    description: 'For VALIDATION_FAILED, one entry per rejected field or header',
  })
  details?: FieldErrorModel[];
}

export class ErrorResponseModel {
  @ApiProperty({ type: ErrorModel })
  error: ErrorModel;
}

function codesByStatus(): Map<number, string[]> {
  const byStatus = new Map<number, string[]>();
  for (const [code, status] of Object.entries(HTTP_STATUS_OF)) {
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return byStatus;
}

/** Documents every error status a source endpoint can answer, with the codes behind each. */
export const ApiErrorResponses = () =>
  applyDecorators(
    ...[...codesByStatus()].map(([status, codes]) =>
      ApiResponse({ status, type: ErrorResponseModel, description: codes.join(' or ') }),
    ),
  );

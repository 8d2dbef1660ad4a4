import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Reply, ReplyMeta, SOURCES, SourceName } from '@interop/contracts';
import { ApiError } from './api-error';

/** Where the data came from, and which request it answers. */
export interface SourceMeta extends ReplyMeta {
  requestId: string;
}

export interface SourceResponse<T> {
  data: T;
  meta: SourceMeta;
}

export class SourceMetaModel implements SourceMeta {
  @ApiProperty({ enum: SOURCES })
  source: SourceName;

  @ApiProperty({
    example: '2025-06-01T08:30:00.000Z',
    description: 'When the source data was read',
  })
  fetchedAt: string;

  @ApiProperty({ description: 'Whether the adapter answered from its cache' })
  cached: boolean;

  @ApiProperty({ description: 'How long the adapter took' })
  durationMs: number;

  @ApiProperty({ description: 'X-Request-Id of the request' })
  requestId: string;

  @ApiPropertyOptional({
    description:
      "True when fields were withheld: the caller's grant names the fields it may receive",
  })
  narrowed?: boolean;
}

/** The HTTP answer to a source's reply: its data with provenance, or its coded error. */
export function toSourceResponse<T>(reply: Reply<T>, requestId: string): SourceResponse<T> {
  if (!reply.ok) throw ApiError.fromReply(reply.error);
  const { source, fetchedAt, cached, durationMs, narrowed } = reply.meta;
  const meta = { source, fetchedAt, cached, durationMs, requestId };
  return { data: reply.data, meta: narrowed ? { ...meta, narrowed } : meta };
}

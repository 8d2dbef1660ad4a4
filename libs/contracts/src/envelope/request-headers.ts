import {
  IsNotEmpty,
  IsNumberString,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { KafkaHeader } from '../kafka/headers';

const TRACEPARENT = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;

/**
 * The headers of a request message, decoded to strings. Checked by the adapter on receipt, as an
 * HTTP body is checked by the gateway: a message that fails is dead-lettered, never handled.
 */
export class RequestHeaders {
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  [KafkaHeader.CorrelationId]: string;

  @IsString()
  @IsNotEmpty()
  [KafkaHeader.ReplyTopic]: string;

  @IsOptional()
  @IsNumberString({ no_symbols: true })
  [KafkaHeader.ReplyPartition]?: string;

  @IsNumberString({ no_symbols: true }, { message: 'x-deadline must be epoch milliseconds' })
  [KafkaHeader.Deadline]: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  [KafkaHeader.Requester]: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  [KafkaHeader.OfficerId]: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  [KafkaHeader.ProcedureCode]: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  [KafkaHeader.DossierId]?: string;

  @IsOptional()
  @Matches(TRACEPARENT, { message: 'traceparent must be a W3C trace context' })
  [KafkaHeader.TraceParent]?: string;
}

import {
  IsNotEmpty,
  IsNumberString,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { KafkaHeader } from '../kafka/headers';

const PURPOSE = /^[\w.:/-]{1,64}$/;
const PURPOSE_MESSAGE = '$property must be 1-64 letters, digits and . _ - : /';
const TRACEPARENT = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;

/**
 * The headers of an intake request, decoded to strings: those of a source request, but the
 * requester is the intake topic's caller and need not be written (if written, it must be that).
 */
export class IntakeHeaders {
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  [KafkaHeader.CorrelationId]: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(249)
  [KafkaHeader.ReplyTopic]: string;

  @IsOptional()
  @IsNumberString({ no_symbols: true })
  [KafkaHeader.ReplyPartition]?: string;

  @IsNumberString({ no_symbols: true }, { message: 'x-deadline must be epoch milliseconds' })
  [KafkaHeader.Deadline]: string;

  @IsOptional()
  @Matches(PURPOSE, { message: PURPOSE_MESSAGE })
  [KafkaHeader.Requester]?: string;

  @Matches(PURPOSE, { message: PURPOSE_MESSAGE })
  [KafkaHeader.OfficerId]: string;

  @Matches(PURPOSE, { message: PURPOSE_MESSAGE })
  [KafkaHeader.ProcedureCode]: string;

  @IsOptional()
  @Matches(PURPOSE, { message: PURPOSE_MESSAGE })
  [KafkaHeader.DossierId]?: string;

  @IsOptional()
  @Matches(TRACEPARENT, { message: 'traceparent must be a W3C trace context' })
  [KafkaHeader.TraceParent]?: string;
}

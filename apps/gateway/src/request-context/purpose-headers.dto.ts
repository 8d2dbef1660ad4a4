import { KafkaHeader } from '@interop/contracts';
import { IsOptional, Matches, ValidationArguments } from 'class-validator';
import { REQUEST_ID_HEADER, REQUEST_ID_MAX_LENGTH } from './inbound-context';

/** The longest officer, procedure, dossier or requester code the Kafka contract carries. */
export const PURPOSE_HEADER_MAX_LENGTH = 64;
export const HEADER_TOKEN_CHARS = 'letters, digits and . _ - : /';

function headerToken(maxLength: number): PropertyDecorator {
  return Matches(new RegExp(`^[\\w.:/-]{1,${maxLength}}$`), {
    message: ({ property, value }: ValidationArguments) =>
      value === undefined || value === ''
        ? `header ${property} is required`
        : `header ${property} must be 1-${maxLength} characters: ${HEADER_TOKEN_CHARS}`,
  });
}

/**
 * The purpose of use the national databases require on every query — who asks, under which
 * procedure, for which dossier — plus the caller's request id. Node lower-cases header names.
 */
export class PurposeHeadersDto {
  /** The calling system: optional, and when sent it must be the authenticated caller. */
  @IsOptional()
  @headerToken(PURPOSE_HEADER_MAX_LENGTH)
  [KafkaHeader.Requester]?: string;

  /** The officer handling the dossier: the caller's statement about its user, recorded as such. */
  @headerToken(PURPOSE_HEADER_MAX_LENGTH)
  [KafkaHeader.OfficerId]: string;

  /** The administrative procedure under which the data is used. */
  @headerToken(PURPOSE_HEADER_MAX_LENGTH)
  [KafkaHeader.ProcedureCode]: string;

  @IsOptional()
  @headerToken(PURPOSE_HEADER_MAX_LENGTH)
  [KafkaHeader.DossierId]?: string;

  @IsOptional()
  @headerToken(REQUEST_ID_MAX_LENGTH)
  [REQUEST_ID_HEADER]?: string;
}

const NAMES: readonly string[] = [
  KafkaHeader.Requester,
  KafkaHeader.OfficerId,
  KafkaHeader.ProcedureCode,
  KafkaHeader.DossierId,
  REQUEST_ID_HEADER,
];

/** The purpose headers a request carries, and no others: the rest are not the DTO's business. */
export function pickPurposeHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    NAMES.filter((name) => name in headers).map((name) => [name, headers[name]]),
  );
}

import { KafkaHeader, RequestContext } from '@interop/contracts';
import { InboundContext } from './inbound-context';
import { PurposeHeadersDto } from './purpose-headers.dto';

/**
 * The context a source request carries over Kafka, from the validated headers of the HTTP
 * request. The requester is the authenticated caller, whatever the caller says.
 */
export function toRequestContext(
  headers: PurposeHeadersDto,
  inbound: InboundContext,
  callerId: string,
): RequestContext {
  const context: RequestContext = {
    correlationId: inbound.messageId,
    requester: callerId,
    officerId: headers[KafkaHeader.OfficerId],
    procedureCode: headers[KafkaHeader.ProcedureCode],
    deadline: inbound.deadline,
    traceparent: inbound.traceparent,
  };
  const dossierId = headers[KafkaHeader.DossierId];
  return dossierId === undefined ? context : { ...context, dossierId };
}

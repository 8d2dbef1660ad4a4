import { KafkaHeader, RequestContext, SourceName } from '@interop/contracts';

/** One request to a source: what to ask, about whom, and on whose behalf. */
export interface SourceRequest {
  source: SourceName;
  operation: string;
  /** The subject's identifier: the message key, so one subject's requests stay in order. */
  key?: string;
  payload: object;
  context: RequestContext;
}

/** A request message as ClientKafka sends it; the reply topic and partition are added on send. */
export interface OutboundMessage {
  key?: string;
  value: { operation: string; payload: object };
  headers: Record<string, string>;
}

function contextHeaders(context: RequestContext): Record<string, string> {
  const headers: Record<string, string> = {
    [KafkaHeader.CorrelationId]: context.correlationId,
    [KafkaHeader.Deadline]: String(context.deadline),
    [KafkaHeader.Requester]: context.requester,
    [KafkaHeader.OfficerId]: context.officerId,
    [KafkaHeader.ProcedureCode]: context.procedureCode,
  };
  if (context.dossierId !== undefined) headers[KafkaHeader.DossierId] = context.dossierId;
  if (context.traceparent !== undefined) headers[KafkaHeader.TraceParent] = context.traceparent;
  return headers;
}

export function toOutboundMessage({
  key,
  operation,
  payload,
  context,
}: SourceRequest): OutboundMessage {
  return { key, value: { operation, payload }, headers: contextHeaders(context) };
}

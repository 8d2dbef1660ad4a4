/**
 * Who asks, for what purpose, until when. Travels as HTTP headers into the gateway and as Kafka
 * headers to the adapter; the national databases require the purpose of use on every query.
 */
export interface RequestContext {
  correlationId: string;
  requester: string;
  officerId: string;
  procedureCode: string;
  dossierId?: string;
  /** Epoch milliseconds after which the requester no longer waits. */
  deadline: number;
  traceparent?: string;
}

/** What a simulated database answers, before fault injection decides how to deliver it. */
export interface SimulatedResponse {
  status: number;
  contentType: string;
  body: string;
  /** Further response headers the protocol needs, e.g. Retry-After on a quota refusal. */
  headers?: Readonly<Record<string, string>>;
}

/** How a database's own protocol expresses the faults that fault injection can trigger. */
export interface ProtocolFaultResponses {
  serverError(): SimulatedResponse;
  quotaExhausted(): SimulatedResponse;
}

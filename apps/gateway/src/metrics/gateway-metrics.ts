import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { createMetricsRegistry, LATENCY_BUCKETS_S } from '@interop/platform';

/** One answered request to a source's or the dossier checks' route. */
export interface AnsweredRequest {
  source: string;
  operation: string;
  /** The caller's id in the access policy, or `unauthenticated`. */
  caller: string;
  /** `OK`, or the error code answered. */
  code: string;
  seconds: number;
}

/**
 * The gateway's metrics, in a registry of its own. Every label value comes from a bounded set:
 * the sources' operations, the access policy's caller ids and the error codes; never a value of
 * the request (an identification number, a request id, a path).
 */
@Injectable()
export class GatewayMetrics {
  readonly registry: Registry = createMetricsRegistry();
  private readonly requests = new Counter({
    name: 'interop_gateway_http_requests_total',
    help: 'Requests to a source operation or the dossier checks, by caller and outcome code',
    labelNames: ['source', 'operation', 'caller', 'code'],
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'interop_gateway_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent',
    labelNames: ['source', 'operation'],
    buckets: LATENCY_BUCKETS_S,
    registers: [this.registry],
  });

  answered({ source, operation, caller, code, seconds }: AnsweredRequest): void {
    this.requests.inc({ source, operation, caller, code });
    this.durations.observe({ source, operation }, seconds);
  }
}

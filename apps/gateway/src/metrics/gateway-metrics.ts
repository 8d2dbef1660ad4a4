import { Injectable } from '@nestjs/common';
import { SOURCES } from '@interop/contracts';
import {
  Counter,
  Gauge,
  Histogram,
  MetricObjectWithValues,
  MetricValue,
  Registry,
} from 'prom-client';
import { createMetricsRegistry, LATENCY_BUCKETS_S } from '@interop/platform';
import { TrafficTotals } from './source-traffic';

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

/** One request to a source over Kafka that has ended, answered or not. */
export interface EndedSourceRequest {
  source: string;
  operation: string;
  /** `OK`, or the error code of the reply (DEADLINE_EXCEEDED when none came in time). */
  code: string;
  seconds: number;
}

type Labelled = MetricValue<string> & { metricName?: string };

function valuesOf(metric: MetricObjectWithValues<Labelled>, source: string): Labelled[] {
  return metric.values.filter(({ labels }) => labels.source === source);
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

  private readonly sourceRequests = new Counter({
    name: 'interop_gateway_source_requests_total',
    help: 'Requests the gateway sent to a source over Kafka, whatever their channel, by outcome code',
    labelNames: ['source', 'operation', 'code'],
    registers: [this.registry],
  });
  private readonly sourceDurations = new Histogram({
    name: 'interop_gateway_source_request_duration_seconds',
    help: "Time from sending a request to a source to its reply, or to the request's deadline",
    labelNames: ['source'],
    buckets: LATENCY_BUCKETS_S,
    registers: [this.registry],
  });
  private readonly sourceInFlight = new Gauge({
    name: 'interop_gateway_source_requests_in_flight',
    help: 'Requests sent to a source and not yet ended',
    labelNames: ['source'],
    registers: [this.registry],
  });

  constructor() {
    for (const source of SOURCES) this.sourceInFlight.set({ source }, 0);
  }

  answered({ source, operation, caller, code, seconds }: AnsweredRequest): void {
    this.requests.inc({ source, operation, caller, code });
    this.durations.observe({ source, operation }, seconds);
  }

  sourceRequestSent(source: string): void {
    this.sourceInFlight.inc({ source });
  }

  sourceRequestEnded({ source, operation, code, seconds }: EndedSourceRequest): void {
    this.sourceInFlight.dec({ source });
    this.sourceRequests.inc({ source, operation, code });
    this.sourceDurations.observe({ source }, seconds);
  }

  /** One source's traffic as these metrics hold it: what health and the ops page are made of. */
  async sourceTotals(source: string): Promise<TrafficTotals> {
    const [requests, durations, inFlight] = await Promise.all([
      this.sourceRequests.get(),
      this.sourceDurations.get(),
      this.sourceInFlight.get(),
    ]);
    const byCode: Record<string, number> = {};
    for (const { labels, value } of valuesOf(requests, source)) {
      const code = String(labels.code);
      byCode[code] = (byCode[code] ?? 0) + value;
    }
    const buckets = [...LATENCY_BUCKETS_S, '+Inf'].map(
      (bound) =>
        valuesOf(durations, source).find(
          ({ labels, metricName }) => metricName?.endsWith('_bucket') && labels.le === bound,
        )?.value ?? 0,
    );
    const current = valuesOf(inFlight, source)[0]?.value ?? 0;
    return { byCode, buckets, inFlight: current };
  }
}

import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { RouteAccess } from '../auth/route-access.decorators';
import { attachInboundContext, createInboundContext } from '../request-context/inbound-context';
import { GatewayMetrics } from './gateway-metrics';
import { noteErrorCode, RequestMetrics } from './request-metrics';

const LOOKUP: RouteAccess = {
  kind: 'operation',
  target: 'population',
  operation: 'citizen.lookup',
};

/** A request as the middleware leaves it, and a response that can be finished. */
function exchange(statusCode = 200) {
  const request = { headers: {} } as Request;
  attachInboundContext(request, createInboundContext({}, Date.now() - 20, 5000));
  const response = Object.assign(new EventEmitter(), { statusCode, locals: {} });
  return { request, response: response as unknown as Response & EventEmitter };
}

describe('RequestMetrics', () => {
  let metrics: GatewayMetrics;
  let observer: RequestMetrics;

  beforeEach(() => {
    metrics = new GatewayMetrics();
    observer = new RequestMetrics(metrics);
  });

  it('counts a request once it is answered, by source, operation, caller and code', async () => {
    const { request, response } = exchange();
    const observed = observer.observe(LOOKUP, request, response)!;
    observed.caller = 'dossier-core';
    expect(await metrics.registry.metrics()).not.toContain('caller="dossier-core"');

    response.emit('finish');

    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'interop_gateway_http_requests_total{source="population",operation="citizen.lookup",caller="dossier-core",code="OK"} 1',
    );
    expect(text).toMatch(
      /interop_gateway_http_request_duration_seconds_bucket\{le="0\.05",source="population",operation="citizen\.lookup"\} 1/,
    );
  });

  it('takes the code the error filter answered, and a refused caller as unauthenticated', async () => {
    const { request, response } = exchange(401);
    observer.observe(LOOKUP, request, response);
    noteErrorCode(response, 'UNAUTHENTICATED');

    response.emit('finish');

    expect(await metrics.registry.metrics()).toContain(
      'caller="unauthenticated",code="UNAUTHENTICATED"} 1',
    );
  });

  it('observes only the routes of source operations and dossier checks', () => {
    const { request, response } = exchange();
    expect(observer.observe({ kind: 'role', role: 'ops' }, request, response)).toBeUndefined();
    expect(observer.observe({ kind: 'public' }, request, response)).toBeUndefined();
    expect(observer.observe(undefined, request, response)).toBeUndefined();
  });
});

describe('GatewayMetrics of the source requests', () => {
  it('totals one source’s requests by code, its latency buckets and what is in flight', async () => {
    const metrics = new GatewayMetrics();
    metrics.sourceRequestSent('population');
    metrics.sourceRequestSent('population');
    metrics.sourceRequestEnded({
      source: 'population',
      operation: 'citizen.lookup',
      code: 'OK',
      seconds: 0.004,
    });
    metrics.sourceRequestSent('civil-status');
    metrics.sourceRequestEnded({
      source: 'civil-status',
      operation: 'birth.lookup',
      code: 'SOURCE_UNAVAILABLE',
      seconds: 2,
    });

    const population = await metrics.sourceTotals('population');
    expect(population.byCode).toEqual({ OK: 1 });
    expect(population.inFlight).toBe(1);
    // At most 1 ms: none; at most 5 ms and every bound after it, and +Inf: one.
    expect(population.buckets.slice(0, 4)).toEqual([0, 0, 1, 1]);
    expect(population.buckets.at(-1)).toBe(1);
    expect((await metrics.sourceTotals('civil-status')).byCode).toEqual({ SOURCE_UNAVAILABLE: 1 });
    expect(await metrics.registry.metrics()).toContain(
      'interop_gateway_source_requests_in_flight{source="business-registry"} 0',
    );
  });
});

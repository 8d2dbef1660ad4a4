import { Injectable } from '@nestjs/common';
import { HEALTH_CHECK_OPERATION, RequestContext, SourceName } from '@interop/contracts';
import { randomUUID } from 'node:crypto';
import { GatewayConfig } from '../config/gateway.config';
import { childTraceparent } from '../request-context/trace-context';
import { SourceRequester } from '../source-requester/source-requester.service';
import { ProbeResult } from './connector-health';
import { probeResultOf } from './probe-result';

const PROBE_OFFICER_ID = 'system';

/** Asks a source's adapter for its self-check of the upstream: `health.check` over Kafka. */
@Injectable()
export class HealthProber {
  constructor(
    private readonly requester: SourceRequester,
    private readonly config: GatewayConfig,
  ) {}

  async probe(source: SourceName): Promise<ProbeResult> {
    const startedAt = Date.now();
    const reply = await this.requester.request({
      source,
      operation: HEALTH_CHECK_OPERATION,
      payload: {},
      context: this.probeContext(startedAt),
    });
    return probeResultOf(reply, {
      startedAt,
      endedAt: Date.now(),
      timeoutMs: this.config.HEALTH_PROBE_TIMEOUT_MS,
    });
  }

  private probeContext(now: number): RequestContext {
    return {
      correlationId: `health-${randomUUID()}`,
      requester: this.config.GATEWAY_REQUESTER_ID,
      officerId: PROBE_OFFICER_ID,
      procedureCode: HEALTH_CHECK_OPERATION,
      deadline: now + this.config.HEALTH_PROBE_TIMEOUT_MS,
      traceparent: childTraceparent(undefined),
    };
  }
}

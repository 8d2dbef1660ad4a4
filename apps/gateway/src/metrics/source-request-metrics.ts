import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HEALTH_CHECK_OPERATION } from '@interop/contracts';
import { filter, Subscription } from 'rxjs';
import { SourceExchange, SourceRequester } from '../source-requester/source-requester.service';
import { GatewayMetrics } from './gateway-metrics';

/**
 * Counts every request the gateway sends a source — from an HTTP route, the Kafka intake or a
 * dossier check alike — but its own health probes, which the health model reports apart.
 */
@Injectable()
export class SourceRequestMetrics implements OnModuleDestroy {
  private readonly subscription: Subscription;

  constructor(requester: SourceRequester, metrics: GatewayMetrics) {
    this.subscription = requester.exchanges$
      .pipe(filter(({ request }) => request.operation !== HEALTH_CHECK_OPERATION))
      .subscribe((exchange) => record(metrics, exchange));
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
  }
}

function record(metrics: GatewayMetrics, { request, startedAt, reply, endedAt }: SourceExchange) {
  if (!reply || endedAt === undefined) {
    metrics.sourceRequestSent(request.source);
    return;
  }
  metrics.sourceRequestEnded({
    source: request.source,
    operation: request.operation,
    code: reply.ok ? 'OK' : reply.error.code,
    seconds: (endedAt - startedAt) / 1000,
  });
}

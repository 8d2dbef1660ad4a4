import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import {
  gatewayReplyTopic,
  HEALTH_CHECK_OPERATION,
  Reply,
  requestTopic,
  SOURCES,
} from '@interop/contracts';
import { Observable, Subject, takeUntil } from 'rxjs';
import { GatewayConfig } from '../config/gateway.config';
import { awaitReply, Outcome } from './deadline';
import { GatewayKafkaClient, ReplyPartitions, ReplySeen } from './gateway-kafka.client';
import { SourceRequest, toOutboundMessage } from './outbound-message';
import { joinReplyGroup } from './reply-group-join';
import { replyOfOutcome } from './reply-of-outcome';
import { replyPartitionProblem, sourcesWithoutReplyPartition } from './reply-partitions';

/** A request sent to a source, and once it has ended, its reply: what the metrics count. */
export interface SourceExchange {
  request: SourceRequest;
  startedAt: number;
  reply?: Reply<unknown>;
  endedAt?: number;
}

/**
 * Asks sources over Kafka and always answers with a reply envelope, within the request's
 * deadline. Starts only once this replica owns a reply partition of every critical source.
 */
@Injectable()
export class SourceRequester implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SourceRequester.name);
  private readonly closing$ = new Subject<void>();
  private readonly exchanges = new Subject<SourceExchange>();

  constructor(
    private readonly client: GatewayKafkaClient,
    private readonly config: GatewayConfig,
  ) {}

  /** Every reply on a gateway reply topic, matched or not: a sign of life of its source. */
  get replies$(): Observable<ReplySeen> {
    return this.client.replies$;
  }

  /** Each request as it is sent, and again when it has ended. */
  get exchanges$(): Observable<SourceExchange> {
    return this.exchanges;
  }

  async onModuleInit(): Promise<void> {
    this.client.subscribeToReplies();
    const partitions = await this.joinReplyGroup();
    const problem = replyPartitionProblem(partitions, this.config.KAFKA_GROUP_ID);
    if (problem) throw new Error(problem);
    this.logger.log('reply partitions assigned', { replyPartitions: partitions });
    const unheard = sourcesWithoutReplyPartition(partitions);
    if (unheard.length > 0)
      this.logger.warn('no reply partition of these sources: they are DOWN on this replica', {
        sources: unheard,
      });
  }

  async onModuleDestroy(): Promise<void> {
    this.closing$.next();
    await this.client.close();
  }

  /** The reply's data is the adapter's, checked by it against the canonical model. */
  async request<T>(request: SourceRequest): Promise<Reply<T>> {
    const startedAt = Date.now();
    this.exchanges.next({ request, startedAt });
    const reply$ = this.client
      .send<unknown>(requestTopic(request.source), toOutboundMessage(request))
      .pipe(takeUntil(this.closing$));
    const outcome = await awaitReply(reply$, request.context.deadline, startedAt);
    const reply = replyOfOutcome(outcome, request.source);
    const endedAt = Date.now();
    this.exchanges.next({ request, startedAt, reply, endedAt });
    this.logOutcome(request, outcome, reply, endedAt - startedAt);
    return reply as Reply<T>;
  }

  private async joinReplyGroup(): Promise<ReplyPartitions> {
    const { KAFKA_BROKERS, KAFKA_STARTUP_TIMEOUT_MS } = this.config;
    const retry = (reason: string) => this.logger.warn('Kafka not ready, retrying', { reason });
    try {
      return await joinReplyGroup(this.client, KAFKA_STARTUP_TIMEOUT_MS, retry);
    } catch (error) {
      throw new Error(
        `Could not consume ${SOURCES.map(gatewayReplyTopic).join(', ')} from Kafka at ` +
          `${KAFKA_BROKERS.join(',')} within KAFKA_STARTUP_TIMEOUT_MS (${KAFKA_STARTUP_TIMEOUT_MS} ms): ` +
          `${(error as Error).message}. Is the broker up and are the topics created?`,
      );
    }
  }

  private logOutcome(
    request: SourceRequest,
    outcome: Outcome,
    reply: Reply<unknown>,
    durationMs: number,
  ): void {
    const { source, operation } = request;
    const result = reply.ok ? 'ok' : reply.error.code;
    // Health probes run every second or so while a source is down; the prober logs transitions.
    const quiet = operation === HEALTH_CHECK_OPERATION;
    if (outcome.status === 'failed') {
      const reason = String(outcome.error);
      this.logger[quiet ? 'debug' : 'warn']('source request failed', {
        source,
        operation,
        result,
        reason,
      });
    } else {
      this.logger[quiet ? 'debug' : 'log']('source answered', {
        source,
        operation,
        result,
        durationMs,
      });
    }
  }
}

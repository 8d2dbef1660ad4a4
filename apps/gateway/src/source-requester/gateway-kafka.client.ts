import { KafkaHeader, requestTopic, SOURCES, SourceName } from '@interop/contracts';
import { ClientKafka, PacketId, ReadPacket } from '@nestjs/microservices';
import type {
  ConsumerGroupJoinEvent,
  EachMessagePayload,
  Producer,
} from '@nestjs/microservices/external/kafka.interface';
import { BehaviorSubject, Subject } from 'rxjs';
import { withBatchedSends } from './batched-sends';
import { ReplyOffsets } from './reply-offsets';
import { OutboundMessage } from './outbound-message';
import { replyPartitionProblem, sourcesWithoutReplyPartition } from './reply-partitions';
import { gatewayReplyTopicOf, sourceOfReplyTopic } from './source-topics';

/** A message arrived on a source's reply topic, whether or not a request still waits for it. */
export interface ReplySeen {
  source: SourceName;
  /** When the adapter produced it (the message timestamp), in epoch milliseconds. */
  at: number;
}

export type ReplyPartitions = Record<string, number>;

const REPLY_COMMIT_INTERVAL_MS = 1000;

/**
 * Nest's Kafka client, speaking the project's contract: a source's replies come back on
 * `gatewayReplyTopic(source)` instead of Nest's `<topic>.reply`, the correlation id is the one
 * the gateway chose, and every reply is reported as a sign of life of its source.
 */
export class GatewayKafkaClient extends ClientKafka {
  readonly replies$ = new Subject<ReplySeen>();
  /** The lowest partition of each reply topic this member owns, from its latest group join. */
  readonly replyPartitions$ = new BehaviorSubject<ReplyPartitions | undefined>(undefined);
  private readonly replyOffsets = new ReplyOffsets(
    (offsets) => this.consumer.commitOffsets(offsets),
    REPLY_COMMIT_INTERVAL_MS,
  );

  /** Nest produces each request on its own; under load, requests share produce requests instead. */
  override async connect(): Promise<Producer> {
    this._producer = withBatchedSends(await super.connect());
    return this._producer;
  }

  subscribeToReplies(): void {
    for (const source of SOURCES) this.subscribeToResponseOf(requestTopic(source));
  }

  protected override getResponsePatternName(pattern: string): string {
    return gatewayReplyTopicOf(pattern);
  }

  protected override assignPacketId(packet: ReadPacket<OutboundMessage>): ReadPacket & PacketId {
    return Object.assign(packet, { id: packet.data.headers[KafkaHeader.CorrelationId] });
  }

  override createResponseCallback(): (payload: EachMessagePayload) => unknown {
    const routeToWaitingRequest = super.createResponseCallback();
    return (payload) => {
      this.replyOffsets.read(payload.topic, payload.partition, payload.message.offset);
      this.replies$.next({
        source: sourceOfReplyTopic(payload.topic),
        at: Number(payload.message.timestamp),
      });
      return routeToWaitingRequest(payload);
    };
  }

  override async close(): Promise<void> {
    await this.replyOffsets.flush();
    await super.close();
    this.replyPartitions$.next(undefined);
  }

  protected override setConsumerAssignments(event: ConsumerGroupJoinEvent): void {
    super.setConsumerAssignments(event);
    const running = this.replyPartitions$.value !== undefined;
    const partitions = this.getConsumerAssignments();
    this.replyPartitions$.next(partitions);
    // At start-up, SourceRequester refuses to run without a reply partition of every critical
    // source; a running replica that loses one (more replicas than partitions) must say so too.
    if (!running) return;
    const problem = replyPartitionProblem(partitions, this.groupId);
    const unheard = sourcesWithoutReplyPartition(partitions);
    if (problem) this.logger.error(problem);
    else if (unheard.length > 0)
      this.logger.warn(`no reply partition of ${unheard.join(', ')}: DOWN on this replica`);
  }
}

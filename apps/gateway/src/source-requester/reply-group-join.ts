import { defer, filter, firstValueFrom, Observable, switchMap, throwError, timeout } from 'rxjs';
import type { ReplyPartitions } from './gateway-kafka.client';

/** The part of the Kafka client that start-up drives. */
export interface ReplyConsumer {
  connect(): Promise<unknown>;
  close(): Promise<void>;
  replyPartitions$: Observable<ReplyPartitions | undefined>;
}

const RETRY_DELAY_MS = 1000;

/** Nest's connect() itself waits for the group join, which can take a session timeout: bound both. */
function joined(consumer: ReplyConsumer, until: number): Promise<ReplyPartitions> {
  const notJoined = () => throwError(() => new Error('the consumer group was not joined in time'));
  return firstValueFrom(
    defer(() => consumer.connect()).pipe(
      switchMap(() => consumer.replyPartitions$),
      filter((partitions) => partitions !== undefined),
      timeout({ first: Math.max(until - Date.now(), 1), with: notJoined }),
    ),
  );
}

/**
 * Connects and waits for the reply consumer to join its group, retrying while Kafka is still
 * coming up, until `timeoutMs` has passed. Resolves with the reply partitions this member got.
 */
export async function joinReplyGroup(
  consumer: ReplyConsumer,
  timeoutMs: number,
  onRetry: (reason: string) => void,
): Promise<ReplyPartitions> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await joined(consumer, until);
    } catch (error) {
      if (Date.now() + RETRY_DELAY_MS >= until) throw error;
      onRetry((error as Error).message);
      await consumer.close();
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

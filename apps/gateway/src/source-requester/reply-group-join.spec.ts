import { BehaviorSubject } from 'rxjs';
import type { ReplyPartitions } from './gateway-kafka.client';
import { joinReplyGroup, ReplyConsumer } from './reply-group-join';

/** A consumer whose connect attempts fail, succeed, or never lead to a group join. */
function consumer(attempts: Array<'refused' | 'joins' | 'never joins' | 'hangs'>) {
  const replyPartitions$ = new BehaviorSubject<ReplyPartitions | undefined>(undefined);
  const fake = {
    replyPartitions$,
    connects: 0,
    closes: 0,
    async connect() {
      const attempt = attempts[fake.connects++];
      if (attempt === 'refused') throw new Error('Connection error: connect ECONNREFUSED');
      if (attempt === 'joins') replyPartitions$.next({ 'interop.gateway.population.replies': 1 });
      if (attempt === 'hangs') await new Promise(() => undefined);
    },
    async close() {
      fake.closes++;
      replyPartitions$.next(undefined);
    },
  };
  return fake satisfies ReplyConsumer;
}

describe('joinReplyGroup', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('retries while Kafka is coming up, then answers the partitions it joined with', async () => {
    const fake = consumer(['refused', 'refused', 'joins']);
    const retries: string[] = [];
    const partitions = joinReplyGroup(fake, 30_000, (reason) => retries.push(reason));
    await jest.advanceTimersByTimeAsync(2000);
    await expect(partitions).resolves.toEqual({ 'interop.gateway.population.replies': 1 });
    expect(retries).toEqual([
      'Connection error: connect ECONNREFUSED',
      'Connection error: connect ECONNREFUSED',
    ]);
    expect(fake.closes).toBe(2);
  });

  it('gives up at the timeout with the last reason', async () => {
    const fake = consumer(Array(10).fill('refused'));
    const partitions = joinReplyGroup(fake, 3000, () => undefined);
    const outcome = expect(partitions).rejects.toThrow('ECONNREFUSED');
    await jest.advanceTimersByTimeAsync(3000);
    await outcome;
  });

  it.each(['never joins', 'hangs'] as const)('gives up when connect %s', async (attempt) => {
    const partitions = joinReplyGroup(consumer([attempt]), 1500, () => undefined);
    const outcome = expect(partitions).rejects.toThrow('the consumer group was not joined in time');
    await jest.advanceTimersByTimeAsync(1500);
    await outcome;
  });
});

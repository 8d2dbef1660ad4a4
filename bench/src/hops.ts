import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { gatewayReplyTopic, KafkaHeader, requestTopic } from '@interop/contracts';
import { KafkaConnection } from '@interop/platform';
import { Consumer, Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { percentile, Target } from './load';
import { Stand } from './stand';

/** The stretches of one request's path, in ms, from its Kafka records' timestamps. */
export interface Hops {
  /** HTTP request sent → the gateway's request record created (HTTP, validation, routing). */
  gatewayIn: number;
  /** Request record created → the adapter starts handling it, plus reply record created after. */
  kafkaAndAdapterQueueing: number;
  /** The adapter's own handling, the upstream call included (the reply's meta.durationMs). */
  adapterHandling: number;
  /** Reply record created → the HTTP response read (broker, gateway fetch, HTTP answer). */
  gatewayOut: number;
  total: number;
}

interface Seen {
  requestAt?: number;
  replyAt?: number;
  handlingMs?: number;
}

const SOURCE = 'population';

/**
 * Times each stretch of the gateway path at a low, paced rate. Every record carries the time its
 * producer created it (the broker keeps CreateTime), on the same clock as this process: an
 * observer reading the request and reply topics, matched by correlation id, splits each request's
 * round trip into what happens before the request record, between it and the reply record, and
 * after.
 */
export async function measureHops(stand: Stand, rate: number, durationS: number): Promise<Hops[]> {
  const run = `bench-hops-${randomUUID().slice(0, 8)}-`;
  const seen = new Map<string, Seen>();
  const observer = await observe(stand.connection, run, seen);
  try {
    const target = stand.gatewayTarget();
    const count = Math.round(rate * durationS);
    const startedAt = Date.now();
    const calls: Array<Promise<{ id: string; sentAt: number; answeredAt: number; ok: boolean }>> =
      [];
    for (let n = 0; n < count; n += 1) {
      await sleep(Math.max(0, startedAt + (n * 1000) / rate - Date.now()));
      calls.push(lookup(target, `${run}${n}`, target.bodies[n % target.bodies.length]));
    }
    const answers = await Promise.all(calls);
    // The observer may read the last replies a moment after their HTTP answers.
    await sleep(2000);
    return answers.flatMap(({ id, sentAt, answeredAt, ok }) => {
      const { requestAt, replyAt, handlingMs } = seen.get(id) ?? {};
      if (!ok || requestAt === undefined || replyAt === undefined || handlingMs === undefined) {
        return [];
      }
      return [
        {
          gatewayIn: requestAt - sentAt,
          kafkaAndAdapterQueueing: replyAt - requestAt - handlingMs,
          adapterHandling: handlingMs,
          gatewayOut: answeredAt - replyAt,
          total: answeredAt - sentAt,
        },
      ];
    });
  } finally {
    await observer.disconnect();
  }
}

/** Medians of each stretch. */
export function hopMedians(hops: Hops[]): Hops {
  const median = (key: keyof Hops) =>
    percentile(
      hops.map((hop) => hop[key]).sort((a, b) => a - b),
      50,
    );
  return {
    gatewayIn: median('gatewayIn'),
    kafkaAndAdapterQueueing: median('kafkaAndAdapterQueueing'),
    adapterHandling: median('adapterHandling'),
    gatewayOut: median('gatewayOut'),
    total: median('total'),
  };
}

/** One call of the target, under a request id of its own. */
async function lookup(target: Target, id: string, body: string) {
  const sentAt = Date.now();
  const response = await fetch(target.url + target.path, {
    method: 'POST',
    headers: { ...target.headers, 'X-Request-Id': id },
    body,
  });
  await response.arrayBuffer();
  return { id, sentAt, answeredAt: Date.now(), ok: response.ok };
}

async function observe(
  connection: KafkaConnection,
  run: string,
  seen: Map<string, Seen>,
): Promise<Consumer> {
  const kafka = new Kafka({ clientId: 'bench-hops', ...connection, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `${run}observer`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  const topics = [requestTopic(SOURCE), gatewayReplyTopic(SOURCE)];
  // From the beginning, filtered by this run's ids: nothing sent after subscribing is missed.
  await consumer.subscribe({ topics, fromBeginning: true });
  const joined = new Promise<void>((resolve) =>
    consumer.on(consumer.events.GROUP_JOIN, () => resolve()),
  );
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      // The gateway's correlation id is the request id, a dot, and a suffix of its own.
      const [id] = String(message.headers?.[KafkaHeader.CorrelationId] ?? '').split('.');
      if (!id.startsWith(run)) return;
      const entry = seen.get(id) ?? {};
      if (topic === requestTopic(SOURCE)) entry.requestAt = Number(message.timestamp);
      else Object.assign(entry, { replyAt: Number(message.timestamp), ...handling(message) });
      seen.set(id, entry);
    },
  });
  await joined;
  return consumer;
}

function handling(message: KafkaMessage): Pick<Seen, 'handlingMs'> {
  try {
    const reply = JSON.parse(String(message.value)) as { meta?: { durationMs?: number } };
    return { handlingMs: reply.meta?.durationMs };
  } catch {
    return {};
  }
}

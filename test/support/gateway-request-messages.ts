import { randomUUID } from 'node:crypto';
import { KafkaHeader, requestTopic, SourceName } from '@interop/contracts';
import { decodeHeaders } from '@interop/platform';
import { Consumer, Kafka, KafkaMessage } from 'kafkajs';

/** A message of a source's request topic, decoded the way an adapter would. */
export interface RequestRecord {
  key: string | undefined;
  operation: string;
  payload: Record<string, unknown>;
  headers: Record<string, string>;
  timestamp: number;
}

/**
 * Whether a request message was sent for the HTTP request (or check) with this id: the gateway's
 * correlation id is that id, a dot, and a suffix of its own.
 */
export const sentFor =
  (requestId: string) =>
  (record: RequestRecord): boolean =>
    record.headers[KafkaHeader.CorrelationId].startsWith(`${requestId}.`);

export function decodeRequest(message: KafkaMessage): RequestRecord {
  const { operation, payload } = JSON.parse(message.value?.toString() ?? 'null');
  return {
    key: message.key?.toString(),
    operation,
    payload,
    headers: decodeHeaders(message.headers),
    timestamp: Number(message.timestamp),
  };
}

/**
 * Consumes a source's request topic in a group of its own, from the beginning, so that no
 * message can slip past before its first fetch; keeps those produced at or after `since`. The
 * group's id starts with `groupPrefix`: a stand-in for an adapter takes the adapter's, so that
 * the gateway counts it as a replica.
 */
export async function consumeRequests(
  kafka: Kafka,
  source: SourceName,
  since: number,
  handle: (request: RequestRecord) => Promise<void>,
  groupPrefix = `e2e-${source}-requests`,
): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `${groupPrefix}-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: requestTopic(source), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (Number(message.timestamp) >= since) await handle(decodeRequest(message));
    },
  });
  return consumer;
}

/** Everything produced to a source's request topic from `since` on, for tests to inspect. */
export class RequestRecorder {
  readonly records: RequestRecord[] = [];
  private consumer?: Consumer;

  static async start(kafka: Kafka, source: SourceName, since: number): Promise<RequestRecorder> {
    const recorder = new RequestRecorder();
    recorder.consumer = await consumeRequests(kafka, source, since, async (record) => {
      recorder.records.push(record);
    });
    return recorder;
  }

  async waitFor(
    matches: (record: RequestRecord) => boolean,
    timeoutMs = 10_000,
  ): Promise<RequestRecord> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.records.find(matches);
      if (found) return found;
      if (Date.now() > until) throw new Error('The expected request never reached Kafka');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

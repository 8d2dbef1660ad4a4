import { AUDIT_TOPIC, AuditEvent, FieldError, validateContract } from '@interop/contracts';
import { Kafka, Producer } from 'kafkajs';
import { BatchingProducer } from '../kafka/batching-producer';

/** Whether the broker acknowledged the event; when not, the caller must not release data. */
export type AuditRecordResult =
  | { ok: true }
  | { ok: false; reason: 'invalid-event'; errors: FieldError[] }
  | { ok: false; reason: 'not-acknowledged'; message: string };

export interface AuditPublisherOptions {
  /** How long record() waits for the broker's acknowledgement before answering a failure. */
  timeoutMs?: number;
  topic?: string;
}

/**
 * Writes audit events to `interop.audit` so that callers can fail closed: `record` answers ok
 * only once every in-sync replica holds the event (acks=all). The producer is idempotent, so its
 * own retries never store an event twice; records made at the same time share produce requests.
 * The Kafka client comes from the caller, which owns the connection settings (brokers, SASL).
 */
export class AuditPublisher {
  private readonly producer: Producer;
  private readonly batches: BatchingProducer;
  private readonly timeoutMs: number;
  private readonly topic: string;

  constructor(kafka: Kafka, options: AuditPublisherOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.topic = options.topic ?? AUDIT_TOPIC;
    this.producer = kafka.producer({
      idempotent: true,
      // With one request in flight the broker can always put retried batches back in order.
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // Bounded, like the Java client's delivery timeout: a send that retried for ever would hold
      // every later event behind it. kafkajs warns that this weakens idempotence; an event that
      // is written twice after all still has one event id, which the audit log stores once.
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 1000 },
    });
    this.batches = new BatchingProducer({
      send: (record) => this.producer.send({ ...record, acks: -1, timeout: this.timeoutMs }),
    });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  /** Checks the event against its contract, then waits for the broker to acknowledge it. */
  async record(event: AuditEvent): Promise<AuditRecordResult> {
    const checked = validateContract(AuditEvent, event);
    if (!checked.ok) return { ok: false, reason: 'invalid-event', errors: checked.errors };
    const message = {
      key: event.subjectHash ?? event.eventId,
      value: JSON.stringify(event),
    };
    return withDeadline(this.batches.send(this.topic, message), this.timeoutMs);
  }
}

async function withDeadline(sent: Promise<void>, timeoutMs: number): Promise<AuditRecordResult> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<AuditRecordResult>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          reason: 'not-acknowledged',
          message: `no acknowledgement within ${timeoutMs} ms`,
        }),
      timeoutMs,
    );
  });
  const acknowledged = sent.then(
    (): AuditRecordResult => ({ ok: true }),
    (error: unknown): AuditRecordResult => ({
      ok: false,
      reason: 'not-acknowledged',
      message: error instanceof Error ? error.message : String(error),
    }),
  );
  try {
    return await Promise.race([acknowledged, expired]);
  } finally {
    clearTimeout(timer);
  }
}

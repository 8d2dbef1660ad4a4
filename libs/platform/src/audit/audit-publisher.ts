import { AUDIT_TOPIC, AuditEvent, FieldError, validateContract } from '@interop/contracts';
import { LoggerService } from '@nestjs/common';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { AuditTrailConfig } from '../config/audit-trail.config';
import { BatchingProducer } from '../kafka/batching-producer';
import { kafkaConnection } from '../kafka/kafka-connection';
import { kafkaLogCreator } from '../kafka/kafka-log-creator';

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
  /** Records not yet answered: disconnecting waits for them, so none is cut off. */
  private readonly inFlight = new Set<Promise<AuditRecordResult>>();

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

  /** Waits for the records in flight (each bounded by the timeout), then disconnects. */
  async disconnect(): Promise<void> {
    await Promise.all(this.inFlight);
    await this.producer.disconnect();
  }

  /** Checks the event against its contract, then waits for the broker to acknowledge it. */
  async record(event: AuditEvent): Promise<AuditRecordResult> {
    const checked = validateContract(AuditEvent, event);
    if (!checked.ok) return { ok: false, reason: 'invalid-event', errors: checked.errors };
    const message = {
      key: event.subjectHash ?? event.eventId,
      value: JSON.stringify(event),
    };
    const result = withDeadline(this.batches.send(this.topic, message), this.timeoutMs);
    this.inFlight.add(result);
    void result.finally(() => this.inFlight.delete(result));
    return result;
  }
}

/** Logs, by id and with its cause, an event the broker did not take; nothing when it did. */
export function logUnrecorded(
  logger: LoggerService,
  event: AuditEvent,
  result: AuditRecordResult,
): void {
  if (result.ok) return;
  logger.error('an audit event could not be recorded', {
    eventId: event.eventId,
    reason: result.reason,
    ...(result.reason === 'invalid-event' ? { errors: result.errors } : { cause: result.message }),
  });
}

/**
 * The publisher an app's audit settings ask for, on a Kafka client of its own (`<clientId>.audit`)
 * logging into `logger`; none with AUDIT_TRAIL=off.
 */
export function auditPublisherFor(
  config: AuditTrailConfig,
  clientId: string,
  logger: LoggerService,
): AuditPublisher | undefined {
  if (config.AUDIT_TRAIL === 'off') return undefined;
  const kafka = new Kafka({
    clientId: `${clientId}.audit`,
    ...kafkaConnection(config),
    logLevel: logLevel.ERROR,
    logCreator: kafkaLogCreator(logger),
  });
  return new AuditPublisher(kafka, {
    timeoutMs: config.AUDIT_TIMEOUT_MS,
    topic: config.AUDIT_TOPIC,
  });
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

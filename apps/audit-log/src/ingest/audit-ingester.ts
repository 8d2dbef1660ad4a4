import { LoggerService } from '@nestjs/common';
import { AUDIT_DEAD_LETTER_TOPIC, AUDIT_TOPIC } from '@interop/contracts';
import { DEAD_LETTER_REASON_HEADER } from '@interop/platform';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { decodeAuditMessage } from './event-decoder';
import { AppendResult, LedgerWriter, ReceivedEvent } from './ledger-writer';

/** How long a failed write waits before its batch is fetched again. */
const RETRY_PAUSE_MS = 1000;

interface BatchPlace {
  topic: string;
  partition: number;
  first: string;
  last: string;
}

export interface IngestSettings {
  groupId: string;
  fetchMaxBytes: number;
  fetchMinBytes: number;
  fetchMaxWaitMs: number;
  checkpointIntervalMs: number;
}

/** A seam for tests: runs after a batch is committed to the database, before its offsets are. */
export type AfterAppend = (result: AppendResult) => Promise<void> | void;

/**
 * Consumes interop.audit and appends it to the log, a fetched batch per transaction. The
 * offset is committed only after the database commit: a crash in between redelivers the batch,
 * whose events the writer then finds already stored and skips. Never a gap, never a duplicate.
 * While one batch is being written, the next is fetched and validated: two batches in hand at
 * most. A failed write sends the consumer back to that batch's first offset, after a pause, and
 * whatever was fetched meanwhile is dropped, so the log never skips ahead of a batch.
 */
export class AuditIngester {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private timer?: NodeJS.Timeout;
  /** The batch being written and then committed, if any; it never rejects. */
  private writing: Promise<void> = Promise.resolve();
  /** After a failed write: the offset consumption must start again from. */
  private retryFrom?: string;

  constructor(
    kafka: Kafka,
    private readonly writer: LedgerWriter,
    private readonly settings: IngestSettings,
    private readonly logger: LoggerService,
    private readonly afterAppend?: AfterAppend,
  ) {
    this.consumer = kafka.consumer({
      groupId: settings.groupId,
      allowAutoTopicCreation: false,
      maxBytes: settings.fetchMaxBytes,
      maxBytesPerPartition: settings.fetchMaxBytes,
      minBytes: settings.fetchMinBytes,
      maxWaitTimeInMs: settings.fetchMaxWaitMs,
      heartbeatInterval: 1000,
    });
    this.producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true });
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    // A new group starts at the beginning: no event produced before the first start is skipped.
    await this.consumer.subscribe({ topic: AUDIT_TOPIC, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.ingest(payload),
    });
    const every = Math.min(1000, this.settings.checkpointIntervalMs);
    this.timer = setInterval(() => void this.checkpointIfDue(), every);
  }

  /** Stops consuming, then signs what is unsigned, so a clean stop leaves every row covered. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.consumer.disconnect();
    await this.writing;
    await this.producer.disconnect();
    await this.writer.checkpointUnsigned().catch((error: Error) => {
      this.logger.error('could not sign the last rows on stopping', { reason: error.message });
    });
  }

  private async ingest({ batch, resolveOffset, heartbeat }: EachBatchPayload): Promise<void> {
    const [first] = batch.messages;
    if (!first) return;
    const events = await this.decode(batch.messages);
    await this.writing;
    if (this.retryFrom !== undefined) {
      if (first.offset !== this.retryFrom) return;
      this.retryFrom = undefined;
    }
    const last = batch.messages[batch.messages.length - 1].offset;
    const place = { topic: batch.topic, partition: batch.partition, first: first.offset, last };
    this.writing = this.write(events, place).catch((error: Error) => this.retry(place, error));
    resolveOffset(last);
    await heartbeat();
  }

  private async write(events: ReceivedEvent[], { topic, partition, last }: BatchPlace) {
    const result = await this.writer.append(events);
    if (result.appended > 0 || result.duplicates > 0) {
      this.logger.log('appended', { ...result, checkpoints: result.checkpoints.length });
    }
    result.checkpoints.forEach((checkpoint) => this.logger.log('checkpoint signed', checkpoint));
    await this.afterAppend?.(result);
    await this.consumer.commitOffsets([
      { topic, partition, offset: (BigInt(last) + 1n).toString() },
    ]);
  }

  private async retry({ topic, partition, first }: BatchPlace, error: Error): Promise<void> {
    this.logger.error('could not append a batch; fetching it again', {
      offset: first,
      reason: error.message,
    });
    await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    this.retryFrom = first;
    try {
      this.consumer.seek({ topic, partition, offset: first });
    } catch {
      // Stopped meanwhile: the committed offset is where the next start resumes anyway.
    }
  }

  /** Valid events in order; the others are copied to the dead-letter topic with the reason. */
  private async decode(messages: KafkaMessage[]): Promise<ReceivedEvent[]> {
    const events: ReceivedEvent[] = [];
    const rejected: Array<{ message: KafkaMessage; reason: string }> = [];
    for (const message of messages) {
      const decoded = decodeAuditMessage(message);
      if (decoded.ok) events.push(decoded.received);
      else rejected.push({ message, reason: decoded.reason });
    }
    if (rejected.length > 0) await this.deadLetter(rejected);
    return events;
  }

  private async deadLetter(rejected: Array<{ message: KafkaMessage; reason: string }>) {
    rejected.forEach(({ message, reason }) =>
      this.logger.warn('audit message failed its contract', { offset: message.offset, reason }),
    );
    await this.producer.send({
      topic: AUDIT_DEAD_LETTER_TOPIC,
      acks: -1,
      messages: rejected.map(({ message, reason }) => ({
        key: message.key,
        value: message.value,
        headers: { ...message.headers, [DEAD_LETTER_REASON_HEADER]: reason },
      })),
    });
  }

  private async checkpointIfDue(): Promise<void> {
    const since = this.writer.unsignedSince;
    if (since === undefined || Date.now() - since < this.settings.checkpointIntervalMs) return;
    try {
      const checkpoint = await this.writer.checkpointUnsigned();
      if (checkpoint) this.logger.log('checkpoint signed', checkpoint);
    } catch (error) {
      this.logger.error('could not sign a checkpoint', { reason: (error as Error).message });
    }
  }
}

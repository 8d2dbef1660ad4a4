import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { auditSubject, AuditEvent, AuditSubject } from '@interop/contracts';
import { AuditPublisher, auditPublisherFor, logUnrecorded } from '@interop/platform';
import { GatewayConfig } from '../config/gateway.config';
import { AccessAttempt, AttemptEnding, attemptEvent } from './access-attempt';

/**
 * The gateway's side of the audit trail: every attempt becomes one event on `interop.audit`.
 * What releases data waits for its event to be stored by every in-sync replica (acks=all) and is
 * not released without it (`released`); a refusal or failure is recorded without delaying its
 * answer (`ended`).
 */
@Injectable()
export class AuditTrail implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('audit-trail');
  private readonly publisher?: AuditPublisher;
  private readonly subjectKey: string;

  constructor(config: GatewayConfig) {
    this.subjectKey = config.AUDIT_SUBJECT_KEY;
    this.publisher = auditPublisherFor(config, config.KAFKA_CLIENT_ID, this.logger);
  }

  async onModuleInit(): Promise<void> {
    if (!this.publisher) {
      this.logger.warn('AUDIT_TRAIL=off: accesses are NOT recorded (benchmarks only)');
      return;
    }
    await this.publisher.connect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.publisher?.disconnect();
  }

  /** The keyed hash of a request's key, when the key identifies a person or an enterprise. */
  subjectOf(keyField: string, key: unknown): AuditSubject | undefined {
    return auditSubject(keyField, key, this.subjectKey);
  }

  /**
   * Records an attempt that is about to release `data` (a record, verdicts, or "no such
   * record"): true once the event is stored, false if it could not be — then nothing may be
   * released.
   */
  async released(attempt: AccessAttempt, ending: AttemptEnding): Promise<boolean> {
    attempt.recorded = true;
    if (!this.publisher) return true;
    return this.record(attemptEvent(attempt, ending));
  }

  /** Records an attempt that releases nothing, without waiting for the broker. */
  ended(attempt: AccessAttempt, ending: AttemptEnding): void {
    if (attempt.recorded) return;
    attempt.recorded = true;
    if (this.publisher) void this.record(attemptEvent(attempt, ending));
  }

  private async record(event: AuditEvent): Promise<boolean> {
    const result = await this.publisher!.record(event);
    logUnrecorded(this.logger, event, result);
    return result.ok;
  }
}

import { Logger, LoggerService } from '@nestjs/common';
import {
  DOSSIER_CHECK_DEAD_LETTER_TOPIC,
  DossierCheckResult,
  ErrorCode,
  errorReply,
  RequestContext,
  DossierCheckRequestDto,
} from '@interop/contracts';
import { runWithLogContext } from '@interop/platform';
import { CheckDelivery, decodeCheckMessage, IncomingCheck, MalformedCheck } from './check-message';
import { CheckMemo } from './check-memo';
import { checkReplyMessage, deadLetterMessage, OutgoingMessage } from './check-replies';

export interface DossierChecker {
  check(request: DossierCheckRequestDto, context: RequestContext): Promise<DossierCheckResult>;
}

export interface DossierCheckHandlerOptions {
  /** The longest the gateway works on a check, whatever deadline its requester sets. */
  maxWaitMs: number;
  memo: CheckMemo<DossierCheckResult>;
  logger?: LoggerService;
}

/**
 * Decides what one check request message becomes — a reply, a dead letter, or both — without
 * touching Kafka. A delivery of a check already in flight or recently answered gets that answer,
 * and the sources are not asked again.
 */
export class DossierCheckHandler {
  private readonly logger: LoggerService;

  constructor(
    private readonly checker: DossierChecker,
    private readonly options: DossierCheckHandlerOptions,
  ) {
    this.logger = options.logger ?? new Logger(DossierCheckHandler.name);
  }

  /** Never throws: whatever goes wrong with one message must not stop the consumer. */
  async handle(message: IncomingCheck): Promise<OutgoingMessage[]> {
    const receivedAt = Date.now();
    const decoded = decodeCheckMessage(message);
    if (!decoded.ok) return this.reject(message, decoded.malformed);
    const { context } = decoded.check;
    const logContext = {
      correlationId: context.correlationId,
      traceparent: context.traceparent,
      operation: 'dossier-check',
    };
    return runWithLogContext(logContext, () => this.answer(decoded.check, receivedAt));
  }

  private async answer(check: CheckDelivery, receivedAt: number): Promise<OutgoingMessage[]> {
    const lateByMs = receivedAt - check.context.deadline;
    if (lateByMs >= 0) {
      this.logger.warn('check request expired before it was handled', { lateByMs });
      const expired = errorReply(
        ErrorCode.DeadlineExceeded,
        'the deadline had passed when the request arrived',
      );
      return [checkReplyMessage(check.replyTo, expired)];
    }
    const deadline = Math.min(check.context.deadline, receivedAt + this.options.maxWaitMs);
    const context = { ...check.context, deadline };
    const { answer, shared } = this.options.memo.run(check.checkId, () =>
      this.checker.check(check.request, context),
    );
    try {
      const data = await answer;
      const durationMs = Date.now() - receivedAt;
      this.logger.log('dossier check answered', {
        verdict: data.verdict,
        cached: shared,
        durationMs,
      });
      return [
        checkReplyMessage(check.replyTo, { ok: true, data, meta: { cached: shared, durationMs } }),
      ];
    } catch (error) {
      this.logger.error(
        'dossier check failed',
        error instanceof Error ? error.stack : String(error),
      );
      return [
        checkReplyMessage(
          check.replyTo,
          errorReply(ErrorCode.Internal, 'internal error in the gateway'),
        ),
      ];
    }
  }

  private reject(message: IncomingCheck, malformed: MalformedCheck): OutgoingMessage[] {
    // Field names and the validators' reasons only: the values may be personal data.
    this.logger.warn(`check request rejected: ${malformed.reason}`, {
      correlationId: malformed.replyTo?.correlationId,
      errors: malformed.errors,
    });
    const reasons = malformed.errors.map(({ field, message: why }) => `${field}: ${why}`);
    const deadLetter = deadLetterMessage(
      DOSSIER_CHECK_DEAD_LETTER_TOPIC,
      message,
      [malformed.reason, ...reasons].join('; '),
    );
    if (!malformed.replyTo) return [deadLetter];
    const rejected = errorReply(ErrorCode.ValidationFailed, malformed.reason, malformed.errors);
    return [deadLetter, checkReplyMessage(malformed.replyTo, rejected)];
  }
}

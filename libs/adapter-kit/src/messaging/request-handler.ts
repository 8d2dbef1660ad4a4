import { Logger, LoggerService } from '@nestjs/common';
import { ErrorCode, errorReply, HEALTH_CHECK_OPERATION, okReply, Reply } from '@interop/contracts';
import {
  deadLetterMessage,
  deadLetterReason,
  IncomingMessage,
  replyMessage,
  runWithLogContext,
} from '@interop/platform';
import { UpstreamCall } from '../audit/upstream-call-audit';
import { healthCheckOperation } from '../health/health-check.operation';
import { fail, Outcome } from '../source-adapter/outcome';
import { AnyOperation, SourceAdapter } from '../source-adapter/source-adapter';
import { DecodedRequest, decodeRequest, MalformedRequest } from './decode-request';
import { Disposition } from './disposition';
import { replyTopicRefusal } from './reply-topics';

export interface RequestHandlerOptions {
  adapter: SourceAdapter;
  deadLetterTopic: string;
  /** A request naming a reply topic that starts with none of these is dead-lettered, unanswered. */
  replyTopicPrefixes: readonly string[];
  /** Whether any of the adapter's circuits is open, for `health.check`. */
  circuitOpen: () => boolean;
  /** Where each upstream call made for a request is recorded; health checks are not. */
  audit?: { recordLater(call: UpstreamCall): void };
  logger?: LoggerService;
}

/**
 * Decides what one request message becomes — a reply, a dead letter, or both — without touching
 * Kafka: decode and validate, check the deadline, dispatch to the adapter, shape the envelope.
 */
export class RequestHandler {
  private readonly operations: Readonly<Record<string, AnyOperation>>;
  private readonly logger: LoggerService;

  constructor(private readonly options: RequestHandlerOptions) {
    this.operations = {
      ...options.adapter.operations,
      [HEALTH_CHECK_OPERATION]: healthCheckOperation(options.adapter, options.circuitOpen),
    };
    this.logger = options.logger ?? new Logger(RequestHandler.name);
  }

  /** Never throws: whatever goes wrong with one message must not stop the consumer. */
  async handle(message: IncomingMessage): Promise<Disposition> {
    try {
      return await this.decodeAndAnswer(message, Date.now());
    } catch (error) {
      this.logger.error('message could not be processed', stackOf(error));
      return { deadLetter: this.deadLetter(message, 'internal error while processing') };
    }
  }

  private async decodeAndAnswer(
    message: IncomingMessage,
    receivedAt: number,
  ): Promise<Disposition> {
    const decoded = decodeRequest(message, this.operations);
    const replyTo = decoded.ok ? decoded.request.replyTo : decoded.malformed.replyTo;
    const refusal = replyTo && replyTopicRefusal(replyTo.topic, this.options.replyTopicPrefixes);
    if (refusal) return this.refuseReplyTopic(message, refusal, replyTo.correlationId);
    if (!decoded.ok) return this.reject(message, decoded.malformed);
    const { context } = decoded.request;
    const logContext = {
      correlationId: context.correlationId,
      traceparent: context.traceparent,
      operation: context.operation,
    };
    const reply = await runWithLogContext(logContext, () =>
      this.answer(decoded.request, receivedAt),
    );
    return { reply: replyMessage(decoded.request.replyTo, reply) };
  }

  /** Nothing is asked upstream and nothing produced to that topic, whatever else is wrong. */
  private refuseReplyTopic(
    message: IncomingMessage,
    refusal: string,
    correlationId: string,
  ): Disposition {
    this.logger.warn(`request refused: ${refusal}`, { correlationId });
    return { deadLetter: this.deadLetter(message, refusal) };
  }

  private async answer(request: DecodedRequest, receivedAt: number): Promise<Reply<unknown>> {
    const lateByMs = receivedAt - request.context.deadline;
    if (lateByMs >= 0) {
      this.logger.warn('request expired before it was handled', { lateByMs });
      return errorReply(
        ErrorCode.DeadlineExceeded,
        'the deadline had passed when the request arrived',
      );
    }
    const outcome = await this.runHandler(request);
    const { context, payload } = request;
    if (context.operation !== HEALTH_CHECK_OPERATION) {
      this.options.audit?.recordLater({ context, payload, outcome, startedAt: receivedAt });
    }
    const durationMs = Date.now() - receivedAt;
    this.logger.log('request handled', { result: outcome.ok ? 'ok' : outcome.code, durationMs });
    if (!outcome.ok) return errorReply(outcome.code, outcome.message, outcome.details);
    const meta = {
      source: this.options.adapter.source,
      fetchedAt: new Date().toISOString(),
      cached: false,
      durationMs,
    };
    return okReply(outcome.value, meta);
  }

  private async runHandler({
    definition,
    payload,
    context,
  }: DecodedRequest): Promise<Outcome<unknown>> {
    try {
      return await definition.handle(payload, context);
    } catch (error) {
      // A handler that throws has a bug: logged whole here, answered without a trace of it.
      this.logger.error('operation handler threw', stackOf(error));
      return fail(ErrorCode.Internal, 'internal error in the adapter');
    }
  }

  private reject(message: IncomingMessage, malformed: MalformedRequest): Disposition {
    // Field names and the validators' reasons only: the values may be personal data.
    this.logger.warn(`request rejected: ${malformed.reason}`, {
      correlationId: malformed.replyTo?.correlationId,
      errors: malformed.errors,
    });
    const deadLetter = this.deadLetter(
      message,
      deadLetterReason(malformed.reason, malformed.errors),
    );
    if (!malformed.replyTo) return { deadLetter };
    const answer = errorReply(ErrorCode.ValidationFailed, malformed.reason, malformed.errors);
    return { deadLetter, reply: replyMessage(malformed.replyTo, answer) };
  }

  private deadLetter(message: IncomingMessage, reason: string) {
    return deadLetterMessage(this.options.deadLetterTopic, message, reason);
  }
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

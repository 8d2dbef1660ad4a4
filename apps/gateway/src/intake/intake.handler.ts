import { createHash, randomBytes } from 'node:crypto';
import { Logger, LoggerService } from '@nestjs/common';
import {
  AuditChannel,
  AuditSubject,
  auditText,
  callerOfIntakeTopic,
  DossierCheckResult,
  ErrorCode,
  errorReply,
  FieldError,
  prefixedErrors,
  INTAKE_DEAD_LETTER_TOPIC,
  IntakeHeaders,
  KafkaHeader,
  operationContract,
  Reply,
  RequestContext,
  SourceName,
  validateContract,
} from '@interop/contracts';
import {
  deadLetterMessage,
  deadLetterReason,
  IncomingMessage,
  OutgoingMessage,
  replyMessage,
  runWithLogContext,
} from '@interop/platform';
import { CallerPolicy, Grant } from '../access/access-policy';
import { decideRequester } from '../access/access-decision';
import { Authorization } from '../access/operation-access.service';
import { DOSSIER_CHECKS, GrantTarget, parseOperationRef } from '../access/operation-ref';
import { AccessAttempt, AttemptEnding, newAttempt } from '../audit/access-attempt';
import { auditedOperation, subjectOfPayload } from '../audit/attempt-target';
import { CheckMemo } from './check-memo';
import { DossierCheckRequestDto } from '../dossier-checks/dossier-check-request.dto';
import { purposeConflicts } from '../dossier-checks/purpose-agreement';
import { ApiError } from '../http/api-error';
import { GrantedSourceRequest } from '../http/source-forwarder.service';
import { childTraceparent } from '../request-context/trace-context';
import { decodeIntake, IntakeDelivery, MalformedIntake } from './intake-message';

/** What the intake asks of the rest of the gateway: the same services as the HTTP routes. */
export interface IntakeServices {
  callerPolicy(id: string): CallerPolicy | undefined;
  authorize(
    caller: CallerPolicy,
    target: GrantTarget,
    operation: string,
    procedureCode: string,
  ): Authorization;
  askSource(request: GrantedSourceRequest): Promise<Reply<unknown>>;
  checkDossier(
    request: DossierCheckRequestDto,
    context: RequestContext,
    caller: CallerPolicy,
    attempt: AccessAttempt,
  ): Promise<DossierCheckResult>;
  /** The keyed hash of a subject's identifier, for the audit trail. */
  subjectOf(keyField: string, key: unknown): AuditSubject | undefined;
  /** Records an attempt that released nothing, unless what answered it recorded it already. */
  ended(attempt: AccessAttempt, ending: AttemptEnding): void;
}

export interface IntakeHandlerOptions {
  /** The longest the gateway works on a request, whatever deadline its caller sets. */
  maxWaitMs: number;
  memo: CheckMemo<DossierCheckResult>;
  logger?: LoggerService;
}

const INVALID = 'The request is invalid; details name each rejected field';

function invalid(errors: FieldError[]) {
  return errorReply(ErrorCode.ValidationFailed, INVALID, errors);
}

/** Unique on the gateway's reply topics, whatever ids callers choose; tied to the caller's. */
function sourceCorrelationId(correlationId: string): string {
  return `${correlationId.slice(0, 100)}.${randomBytes(4).toString('hex')}`;
}

/**
 * Decides what one intake message becomes — a reply to the caller, a dead letter, or both —
 * under the access policy exactly as an HTTP request: the caller is the intake topic's, then its
 * grant, the procedure, its quota, the payload's contract; the source's answer narrowed to the
 * grant's fields. Never throws: one message must not stop the consumer.
 */
export class IntakeHandler {
  private readonly logger: LoggerService;

  constructor(
    private readonly services: IntakeServices,
    private readonly options: IntakeHandlerOptions,
  ) {
    this.logger = options.logger ?? new Logger(IntakeHandler.name);
  }

  async handle(topic: string, message: IncomingMessage): Promise<OutgoingMessage[]> {
    const receivedAt = Date.now();
    const decoded = decodeIntake(topic, message);
    if (!decoded.ok) {
      const attempt = newAttempt(AuditChannel.Kafka, {
        caller: callerOfIntakeTopic(topic) ?? 'anonymous',
        startedAt: receivedAt,
        requestId: auditText(decoded.malformed.replyTo?.correlationId, 128),
      });
      this.services.ended(attempt, { errorCode: ErrorCode.ValidationFailed, sourceAsked: false });
      return this.reject(message, decoded.malformed);
    }
    const { delivery } = decoded;
    const attempt = this.attemptOf(delivery, receivedAt);
    const logContext = {
      correlationId: delivery.replyTo.correlationId,
      traceparent: delivery.headers[KafkaHeader.TraceParent],
      operation: `${delivery.request.target}:${delivery.request.operation}`,
    };
    return runWithLogContext(logContext, async () => {
      const reply = await this.answer(delivery, message, receivedAt, attempt).catch(
        (error: unknown) => {
          if (error instanceof ApiError) return errorReply(error.code, error.message);
          this.logger.error(
            'intake request failed',
            error instanceof Error ? error.stack : String(error),
          );
          return errorReply(ErrorCode.Internal, 'internal error in the gateway');
        },
      );
      const { error } = reply as { error?: { code: ErrorCode } };
      this.services.ended(attempt, { errorCode: error?.code, sourceAsked: false });
      return [...this.deadLettered(message, reply), replyMessage(delivery.replyTo, reply)];
    });
  }

  /** The attempt a delivery is, as far as can be told before it is checked. */
  private attemptOf(delivery: IntakeDelivery, receivedAt: number): AccessAttempt {
    const { headers, request } = delivery;
    const ref = parseOperationRef(`${request.target}:${request.operation}`);
    const known = ref && ref.operation !== '*' ? ref : undefined;
    return newAttempt(AuditChannel.Kafka, {
      caller: delivery.caller,
      startedAt: receivedAt,
      ...(known && auditedOperation(known.target, known.operation)),
      officerId: auditText(headers[KafkaHeader.OfficerId]),
      procedureCode: auditText(headers[KafkaHeader.ProcedureCode]),
      dossierId: auditText(headers[KafkaHeader.DossierId]),
      requestId: auditText(delivery.replyTo.correlationId, 128),
      traceparent: headers[KafkaHeader.TraceParent],
      subject:
        known &&
        subjectOfPayload(known.target, known.operation, request.payload, (field, key) =>
          this.services.subjectOf(field, key),
        ),
    });
  }

  private async answer(
    delivery: IntakeDelivery,
    message: IncomingMessage,
    receivedAt: number,
    attempt: AccessAttempt,
  ): Promise<object> {
    const { headers, request } = delivery;
    const caller = this.services.callerPolicy(delivery.caller);
    if (!caller) {
      return errorReply(
        ErrorCode.Forbidden,
        'The caller of this intake is not in the access policy',
        {
          reason: 'NOT_GRANTED',
        },
      );
    }
    const mismatch = decideRequester(caller, headers[KafkaHeader.Requester]);
    if (mismatch)
      return errorReply(ErrorCode.Forbidden, mismatch.message, { reason: mismatch.reason });
    const ref = parseOperationRef(`${request.target}:${request.operation}`);
    if (!ref || ref.operation === '*') {
      return invalid([
        { field: 'operation', message: `${request.target}:${request.operation} is no operation` },
      ]);
    }
    const deadline = Number(headers[KafkaHeader.Deadline]);
    if (deadline <= receivedAt) {
      return errorReply(
        ErrorCode.DeadlineExceeded,
        'the deadline had passed when the request arrived',
      );
    }
    const authorization = this.services.authorize(
      caller,
      ref.target,
      ref.operation,
      headers[KafkaHeader.ProcedureCode],
    );
    if (!authorization.ok) {
      const details =
        authorization.code === ErrorCode.Forbidden
          ? { reason: authorization.reason }
          : { retryAfterS: authorization.retryAfterS };
      return errorReply(authorization.code, authorization.message, details);
    }
    const context = this.contextOf(
      caller,
      headers,
      Math.min(deadline, receivedAt + this.options.maxWaitMs),
    );
    return ref.target === DOSSIER_CHECKS
      ? this.check(caller, delivery, message, context, attempt)
      : this.ask(ref.target, ref.operation, request.payload, context, authorization.grant, attempt);
  }

  private async ask(
    source: SourceName,
    operation: string,
    payload: Record<string, unknown>,
    context: RequestContext,
    grant: Grant,
    attempt: AccessAttempt,
  ): Promise<object> {
    const contract = operationContract(source, operation);
    if (!contract)
      return invalid([{ field: 'operation', message: `unknown operation ${operation}` }]);
    const checked = validateContract(contract.payload, payload);
    if (!checked.ok) return invalid(prefixedErrors('payload', checked.errors));
    const key = String((checked.value as Record<string, unknown>)[contract.keyField]);
    return this.services.askSource({
      source,
      operation,
      key,
      payload: checked.value,
      context,
      grant,
      attempt,
    });
  }

  /** A redelivery of a check in flight or recently answered gets that answer: no source is asked again. */
  private async check(
    caller: CallerPolicy,
    delivery: IntakeDelivery,
    message: IncomingMessage,
    context: RequestContext,
    attempt: AccessAttempt,
  ): Promise<object> {
    const checked = validateContract(DossierCheckRequestDto, delivery.request.payload);
    if (!checked.ok) return invalid(prefixedErrors('payload', checked.errors));
    const conflicts = purposeConflicts(checked.value, {
      procedureCode: context.procedureCode,
      dossierId: delivery.headers[KafkaHeader.DossierId],
    });
    if (conflicts.length > 0) return invalid(prefixedErrors('payload', conflicts));
    const checkId = createHash('sha256')
      .update(`${caller.id}\n${delivery.replyTo.correlationId}\n`)
      .update(message.value ?? '')
      .digest('hex');
    const startedAt = Date.now();
    const { answer, shared } = this.options.memo.run(checkId, () =>
      this.services.checkDossier(
        checked.value,
        { ...context, dossierId: checked.value.dossierId },
        caller,
        attempt,
      ),
    );
    const data = await answer;
    return { ok: true, data, meta: { cached: shared, durationMs: Date.now() - startedAt } };
  }

  private contextOf(
    caller: CallerPolicy,
    headers: IntakeHeaders,
    deadline: number,
  ): RequestContext {
    const context: RequestContext = {
      correlationId: sourceCorrelationId(headers[KafkaHeader.CorrelationId]),
      requester: caller.id,
      officerId: headers[KafkaHeader.OfficerId],
      procedureCode: headers[KafkaHeader.ProcedureCode],
      deadline,
      traceparent: childTraceparent(headers[KafkaHeader.TraceParent]),
    };
    const dossierId = headers[KafkaHeader.DossierId];
    return dossierId === undefined ? context : { ...context, dossierId };
  }

  /** A request refused as malformed is also kept, with the reason, as the adapters keep theirs. */
  private deadLettered(message: IncomingMessage, reply: object): OutgoingMessage[] {
    const { ok, error } = reply as {
      ok: boolean;
      error?: { code: string; details?: FieldError[] };
    };
    if (ok || error?.code !== ErrorCode.ValidationFailed) return [];
    const reason = deadLetterReason('invalid request', error.details ?? []);
    return [deadLetterMessage(INTAKE_DEAD_LETTER_TOPIC, message, reason)];
  }

  private reject(message: IncomingMessage, malformed: MalformedIntake): OutgoingMessage[] {
    // Field names and the validators' reasons only: the values may be personal data.
    this.logger.warn(`intake request rejected: ${malformed.reason}`, {
      correlationId: malformed.replyTo?.correlationId,
      errors: malformed.errors,
    });
    const reason = deadLetterReason(malformed.reason, malformed.errors);
    const deadLetter = deadLetterMessage(INTAKE_DEAD_LETTER_TOPIC, message, reason);
    if (!malformed.replyTo) return [deadLetter];
    const rejected = errorReply(ErrorCode.ValidationFailed, malformed.reason, malformed.errors);
    return [deadLetter, replyMessage(malformed.replyTo, rejected)];
  }
}

import { createHash } from 'node:crypto';
import {
  DossierCheckRequestDto,
  FieldError,
  KafkaHeader,
  RequestContext,
  RequestHeaders,
  validateContract,
} from '@interop/contracts';
import type { IHeaders } from 'kafkajs';
import { childTraceparent } from '../../request-context/trace-context';
import { purposeConflicts } from '../purpose-agreement';

/** The parts of a Kafka message a check request is read from. */
export interface IncomingCheck {
  key?: Buffer | null;
  value: Buffer | null;
  headers?: IHeaders;
}

export interface ReplyAddress {
  correlationId: string;
  topic: string;
  partition?: number;
}

/** A valid check request, with everything needed to run it and answer it. */
export interface CheckDelivery {
  replyTo: ReplyAddress;
  context: RequestContext;
  request: DossierCheckRequestDto;
  /**
   * The check id: the same for every delivery of one check request (same requester, correlation
   * id and value), different otherwise, so that a reused correlation id never gets another
   * check's answer.
   */
  checkId: string;
}

export interface MalformedCheck {
  reason: string;
  errors: FieldError[];
  /** Present when the headers say where to answer, so the requester need not wait in vain. */
  replyTo?: ReplyAddress;
}

export type DecodedCheck =
  { ok: true; check: CheckDelivery } | { ok: false; malformed: MalformedCheck };

const REPLY_ADDRESS_HEADERS: readonly string[] = [
  KafkaHeader.CorrelationId,
  KafkaHeader.ReplyTopic,
  KafkaHeader.ReplyPartition,
];

/** Kafka header values arrive as bytes, possibly repeated: the first value counts. */
export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined) decoded[name] = value.toString();
  }
  return decoded;
}

function replyAddressOf(headers: Record<string, string>): ReplyAddress {
  const partition = headers[KafkaHeader.ReplyPartition];
  return {
    correlationId: headers[KafkaHeader.CorrelationId],
    topic: headers[KafkaHeader.ReplyTopic],
    partition: partition === undefined ? undefined : Number(partition),
  };
}

function prefixed(prefix: string, errors: FieldError[]): FieldError[] {
  return errors.map(({ field, message }) => ({
    field: field ? `${prefix}.${field}` : prefix,
    message,
  }));
}

function parseJson(value: Buffer | null): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(value?.toString() ?? '') };
  } catch {
    return { ok: false };
  }
}

function contextOf(headers: RequestHeaders, request: DossierCheckRequestDto): RequestContext {
  return {
    correlationId: headers[KafkaHeader.CorrelationId],
    requester: headers[KafkaHeader.Requester],
    officerId: headers[KafkaHeader.OfficerId],
    procedureCode: headers[KafkaHeader.ProcedureCode],
    dossierId: request.dossierId,
    deadline: Number(headers[KafkaHeader.Deadline]),
    traceparent: childTraceparent(headers[KafkaHeader.TraceParent]),
  };
}

function checkIdOf(headers: RequestHeaders, value: Buffer | null): string {
  return createHash('sha256')
    .update(headers[KafkaHeader.Requester])
    .update('\n')
    .update(headers[KafkaHeader.CorrelationId])
    .update('\n')
    .update(value ?? '')
    .digest('hex');
}

/**
 * Checks a check request against its contract on receipt, as an adapter checks a source request
 * and the gateway an HTTP body: the request headers, then the body, then their agreement.
 */
export function decodeCheckMessage(message: IncomingCheck): DecodedCheck {
  const raw = decodeHeaders(message.headers);
  const headers = validateContract(RequestHeaders, raw, { allowUnknown: true });
  if (!headers.ok) {
    const usable = !headers.errors.some(({ field }) => REPLY_ADDRESS_HEADERS.includes(field));
    const replyTo = usable ? replyAddressOf(raw) : undefined;
    return malformed('invalid headers', prefixed('headers', headers.errors), replyTo);
  }
  const replyTo = replyAddressOf(raw);
  const json = parseJson(message.value);
  if (!json.ok)
    return malformed(
      'invalid message',
      [{ field: 'value', message: 'value must be JSON' }],
      replyTo,
    );
  const body = validateContract(DossierCheckRequestDto, json.value);
  if (!body.ok) return malformed('invalid check request', body.errors, replyTo);
  const conflicts = purposeConflicts(body.value, {
    procedureCode: headers.value[KafkaHeader.ProcedureCode],
    dossierId: headers.value[KafkaHeader.DossierId],
  });
  if (conflicts.length > 0) return malformed('invalid check request', conflicts, replyTo);
  const check: CheckDelivery = {
    replyTo,
    context: contextOf(headers.value, body.value),
    request: body.value,
    checkId: checkIdOf(headers.value, message.value),
  };
  return { ok: true, check };
}

function malformed(reason: string, errors: FieldError[], replyTo?: ReplyAddress): DecodedCheck {
  return { ok: false, malformed: { reason, errors, replyTo } };
}

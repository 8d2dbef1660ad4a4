import { IHeaders } from 'kafkajs';
import {
  FieldError,
  prefixedErrors,
  KafkaHeader,
  RequestHeaders,
  RequestMessage,
  validateContract,
  Validated,
} from '@interop/contracts';
import { decodeHeaders, IncomingMessage, ReplyAddress, replyAddressOf } from '@interop/platform';
import { AnyOperation, CallContext } from '../source-adapter/source-adapter';

export interface DecodedRequest {
  replyTo: ReplyAddress;
  context: CallContext;
  definition: AnyOperation;
  /** An instance of the operation's contract class, validated. */
  payload: object;
}

export interface MalformedRequest {
  reason: string;
  errors: FieldError[];
  /** Present when the headers say where to answer, so the requester need not wait in vain. */
  replyTo?: ReplyAddress;
}

export type Decoded =
  { ok: true; request: DecodedRequest } | { ok: false; malformed: MalformedRequest };

type CheckedHeaders =
  | { ok: true; headers: RequestHeaders; replyTo: ReplyAddress }
  | { ok: false; errors: FieldError[]; replyTo?: ReplyAddress };

const REPLY_ADDRESS_HEADERS: string[] = [
  KafkaHeader.CorrelationId,
  KafkaHeader.ReplyTopic,
  KafkaHeader.ReplyPartition,
];

/** Checks a request message against its contract, as the gateway checks an HTTP body (STYLE #7). */
export function decodeRequest(
  message: IncomingMessage,
  operations: Readonly<Record<string, AnyOperation>>,
): Decoded {
  const checked = checkHeaders(message.headers);
  if (!checked.ok) return malformed('invalid headers', checked.errors, checked.replyTo);
  const body = parseBody(message.value);
  if (!body.ok) return malformed('invalid message', body.errors, checked.replyTo);
  const found = findOperation(operations, body.value.operation);
  if (!found.ok) return malformed('unknown operation', found.errors, checked.replyTo);
  const payload = validateContract(found.value.payload, body.value.payload);
  if (!payload.ok) {
    return malformed('invalid payload', prefixedErrors('payload', payload.errors), checked.replyTo);
  }
  const context = contextOf(checked.headers, body.value.operation);
  return {
    ok: true,
    request: { replyTo: checked.replyTo, context, definition: found.value, payload: payload.value },
  };
}

function checkHeaders(raw: IHeaders | undefined): CheckedHeaders {
  const headers = decodeHeaders(raw);
  const checked = validateContract(RequestHeaders, headers, { allowUnknown: true });
  if (checked.ok) return { ok: true, headers: checked.value, replyTo: replyAddressOf(headers) };
  const addressUsable = !checked.errors.some((error) =>
    REPLY_ADDRESS_HEADERS.includes(error.field),
  );
  return {
    ok: false,
    errors: prefixedErrors('headers', checked.errors),
    replyTo: addressUsable ? replyAddressOf(headers) : undefined,
  };
}

function findOperation(
  operations: Readonly<Record<string, AnyOperation>>,
  name: string,
): Validated<AnyOperation> {
  if (Object.hasOwn(operations, name)) return { ok: true, value: operations[name] };
  const known = Object.keys(operations).join(', ');
  return {
    ok: false,
    errors: [{ field: 'operation', message: `unknown operation "${name}"; known: ${known}` }],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseBody(value: Buffer | string | null): Validated<RequestMessage> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value?.toString() ?? '');
  } catch {
    return { ok: false as const, errors: [{ field: 'value', message: 'value must be JSON' }] };
  }
  if (!isRecord(parsed)) return validateContract(RequestMessage, parsed);
  // The envelope's check sees the payload's shape only: the payload itself is checked against
  // its operation's contract as it was received, hostile keys and all.
  const { payload } = parsed;
  const envelope = validateContract(RequestMessage, {
    ...parsed,
    payload: isRecord(payload) ? {} : payload,
  });
  if (!envelope.ok) return envelope;
  return {
    ok: true,
    value: { operation: envelope.value.operation, payload: payload as Record<string, unknown> },
  };
}

function contextOf(headers: RequestHeaders, operation: string): CallContext {
  return {
    correlationId: headers[KafkaHeader.CorrelationId],
    requester: headers[KafkaHeader.Requester],
    officerId: headers[KafkaHeader.OfficerId],
    procedureCode: headers[KafkaHeader.ProcedureCode],
    dossierId: headers[KafkaHeader.DossierId],
    deadline: Number(headers[KafkaHeader.Deadline]),
    traceparent: headers[KafkaHeader.TraceParent],
    operation,
  };
}

function malformed(reason: string, errors: FieldError[], replyTo?: ReplyAddress): Decoded {
  return { ok: false, malformed: { reason, errors, replyTo } };
}

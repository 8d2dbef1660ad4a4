import {
  callerOfIntakeTopic,
  callerReplyTopicPrefix,
  FieldError,
  prefixedErrors,
  IntakeHeaders,
  IntakeRequest,
  KafkaHeader,
  validateContract,
} from '@interop/contracts';
import { decodeHeaders, IncomingMessage, ReplyAddress, replyAddressOf } from '@interop/platform';

/** A readable intake request: who sent it (by its topic), where to answer, and what it asks. */
export interface IntakeDelivery {
  caller: string;
  replyTo: ReplyAddress;
  headers: IntakeHeaders;
  request: IntakeRequest;
}

export interface MalformedIntake {
  reason: string;
  errors: FieldError[];
  /** Present only when the headers name a reply topic of the caller's own. */
  replyTo?: ReplyAddress;
}

export type DecodedIntake =
  { ok: true; delivery: IntakeDelivery } | { ok: false; malformed: MalformedIntake };

/**
 * Where the caller may be answered: a reply topic under its own prefix, with a correlation id.
 * Any other topic — another caller's, an adapter's — is never written to.
 */
function usableReplyAddress(caller: string, headers: Record<string, string>) {
  const address = replyAddressOf(headers);
  const own = address.topic?.startsWith(callerReplyTopicPrefix(caller)) ?? false;
  const partition = headers[KafkaHeader.ReplyPartition];
  const validPartition = partition === undefined || /^\d{1,5}$/.test(partition);
  return own && !!address.correlationId && validPartition ? address : undefined;
}

function parseJson(value: Buffer | string | null): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(value?.toString() ?? '') };
  } catch {
    return { ok: false };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(reason: string, errors: FieldError[], replyTo?: ReplyAddress): DecodedIntake {
  return { ok: false, malformed: { reason, errors, replyTo } };
}

/**
 * Reads an intake request as the adapters read a source request: the caller from the topic, the
 * headers against their contract, the reply address against the caller's own prefix, then the
 * envelope. The payload is left as received, for its operation's contract to check.
 */
export function decodeIntake(topic: string, message: IncomingMessage): DecodedIntake {
  const caller = callerOfIntakeTopic(topic);
  if (caller === undefined) {
    return malformed('not an intake topic', [{ field: 'topic', message: `${topic} is no intake` }]);
  }
  const raw = decodeHeaders(message.headers);
  const replyTo = usableReplyAddress(caller, raw);
  if (!replyTo) {
    return malformed('reply topic outside the caller’s own', [
      {
        field: `headers.${KafkaHeader.ReplyTopic}`,
        message: `must start with ${callerReplyTopicPrefix(caller)}, with a correlation id`,
      },
    ]);
  }
  const headers = validateContract(IntakeHeaders, raw, { allowUnknown: true });
  if (!headers.ok)
    return malformed('invalid headers', prefixedErrors('headers', headers.errors), replyTo);
  const json = parseJson(message.value);
  if (!json.ok || !isRecord(json.value)) {
    return malformed(
      'invalid message',
      [{ field: 'value', message: 'must be a JSON object' }],
      replyTo,
    );
  }
  const { payload } = json.value;
  const envelope = validateContract(IntakeRequest, {
    ...json.value,
    payload: isRecord(payload) ? {} : payload,
  });
  if (!envelope.ok) return malformed('invalid message', envelope.errors, replyTo);
  const request = { ...envelope.value, payload: payload as Record<string, unknown> };
  return { ok: true, delivery: { caller, replyTo, headers: headers.value, request } };
}

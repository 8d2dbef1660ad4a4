import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { childTraceparent } from './trace-context';

export const REQUEST_ID_HEADER = 'x-request-id';
export const REQUEST_ID_MAX_LENGTH = 100;
const REQUEST_ID = new RegExp(`^[\\w.:/-]{1,${REQUEST_ID_MAX_LENGTH}}$`);

/** What the gateway knows about an HTTP request before looking at its body. */
export interface InboundContext {
  /** X-Request-Id as the caller sent it, or generated: on every log line and every response. */
  requestId: string;
  /**
   * The Kafka correlation id. A reply is matched by this id alone, so it must be unique: a
   * caller's X-Request-Id need not be, and gets a random suffix; a generated one is used as is.
   */
  messageId: string;
  receivedAt: number;
  /** Epoch milliseconds after which the caller gets DEADLINE_EXCEEDED. */
  deadline: number;
  traceparent: string;
}

export function createInboundContext(
  headers: IncomingHttpHeaders,
  receivedAt: number,
  deadlineMs: number,
): InboundContext {
  const sent = headers[REQUEST_ID_HEADER];
  const usable = typeof sent === 'string' && REQUEST_ID.test(sent);
  const requestId = usable ? sent : randomUUID();
  return {
    requestId,
    messageId: usable ? `${sent}.${randomBytes(4).toString('hex')}` : requestId,
    receivedAt,
    deadline: receivedAt + deadlineMs,
    traceparent: childTraceparent(headers.traceparent),
  };
}

const contexts = new WeakMap<object, InboundContext>();

export function attachInboundContext(request: object, context: InboundContext): void {
  contexts.set(request, context);
}

export function inboundContextOf(request: object): InboundContext {
  const context = contexts.get(request);
  if (!context) throw new Error('No inbound context: is the request context middleware installed?');
  return context;
}

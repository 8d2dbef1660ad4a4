import { RequestContext, SourceName } from '@interop/contracts';
import { Outcome } from './outcome';

/** What a handler knows about the request it serves: who asks, why, until when. */
export interface CallContext extends RequestContext {
  operation: string;
}

/** One operation of a source: the contract its payload must satisfy, and its handler. */
export interface OperationDefinition<Payload extends object, Result> {
  /** Checked by the kit before the handler runs; the handler receives an instance of it. */
  readonly payload: new () => Payload;
  handle(payload: Payload, context: CallContext): Promise<Outcome<Result>>;
}

export type AnyOperation = OperationDefinition<object, unknown>;

/** Lets TypeScript infer the handler's payload type from the contract class. */
export function defineOperation<Payload extends object, Result>(
  payload: new () => Payload,
  handle: (payload: Payload, context: CallContext) => Promise<Outcome<Result>>,
): OperationDefinition<Payload, Result> {
  return { payload, handle };
}

/**
 * The one interface every adapter implements; the kit knows adapters only through it. An adapter
 * supplies protocol, auth and mapping; the kit does Kafka, validation, resilience and health.
 */
export interface SourceAdapter {
  readonly source: SourceName;
  /** Operation name (as in `RequestMessage.operation`) → its definition. */
  readonly operations: Readonly<Record<string, AnyOperation>>;
  /** A cheap call to the upstream proving it answers (STYLE #4); backs `health.check`. */
  selfCheck(context: CallContext): Promise<Outcome<unknown>>;
}

/** Nest token under which an adapter's module provides its `SourceAdapter`. */
export const SOURCE_ADAPTER = Symbol('SOURCE_ADAPTER');

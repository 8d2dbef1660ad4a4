import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while handling one request carries. */
export interface LogContext {
  correlationId: string;
  traceparent?: string;
  operation?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

export function runWithLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

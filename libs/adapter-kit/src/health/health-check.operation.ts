import { IsEmpty } from 'class-validator';
import { SelfCheckResult } from '@interop/contracts';
import { succeed } from '../source-adapter/outcome';
import { AnyOperation, SourceAdapter } from '../source-adapter/source-adapter';

/** `health.check` takes no parameters: its payload is `{}`. */
export class EmptyPayload {
  /** class-validator rejects classes it holds no rules for; this one only says "absent". */
  @IsEmpty()
  readonly none?: never;
}

/** Built into every adapter: runs its self-check and reports it with the circuit's state. */
export function healthCheckOperation(
  adapter: SourceAdapter,
  circuitOpen: () => boolean,
): AnyOperation {
  return {
    payload: EmptyPayload,
    async handle(_payload, context) {
      const startedAt = Date.now();
      const outcome = await adapter.selfCheck(context);
      const result: SelfCheckResult = {
        healthy: outcome.ok,
        latencyMs: Date.now() - startedAt,
        circuitOpen: circuitOpen(),
      };
      if (!outcome.ok) result.detail = `${outcome.code}: ${outcome.message}`;
      return succeed(result);
    },
  };
}

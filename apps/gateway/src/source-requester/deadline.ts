import { firstValueFrom, Observable, timeout, TimeoutError } from 'rxjs';

/** How waiting for a source's first reply ended. */
export type Outcome =
  | { status: 'answered'; value: unknown }
  | { status: 'expired' }
  | { status: 'failed'; error: unknown }
  | { status: 'cancelled' };

const CANCELLED = Symbol('cancelled');

/**
 * Subscribes to `reply$` (which sends the request) and waits for its first value until
 * `deadline`. On expiry it unsubscribes, so a late reply finds nobody waiting and is dropped; a
 * request already past its deadline is never sent.
 */
export async function awaitReply(
  reply$: Observable<unknown>,
  deadline: number,
  now: number = Date.now(),
): Promise<Outcome> {
  const remaining = deadline - now;
  if (remaining <= 0) return { status: 'expired' };
  try {
    const value = await firstValueFrom(reply$.pipe(timeout(remaining)), {
      defaultValue: CANCELLED,
    });
    return value === CANCELLED ? { status: 'cancelled' } : { status: 'answered', value };
  } catch (error) {
    return error instanceof TimeoutError ? { status: 'expired' } : { status: 'failed', error };
  }
}

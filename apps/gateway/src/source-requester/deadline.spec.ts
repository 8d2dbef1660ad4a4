import { NEVER, Observable, of, Subject, throwError } from 'rxjs';
import { awaitReply } from './deadline';

/** An observable that records whether it was subscribed to (the request sent) and let go. */
function watched<T>(source: Observable<T>) {
  const state = { subscribed: false, unsubscribed: false };
  const observable = new Observable<T>((subscriber) => {
    state.subscribed = true;
    const inner = source.subscribe(subscriber);
    return () => {
      state.unsubscribed = true;
      inner.unsubscribe();
    };
  });
  return { observable, state };
}

describe('awaitReply', () => {
  beforeEach(() => jest.useFakeTimers({ now: 10_000 }));
  afterEach(() => jest.useRealTimers());

  it('answers with the first reply before the deadline', async () => {
    await expect(awaitReply(of({ ok: true }), 11_000, 10_000)).resolves.toEqual({
      status: 'answered',
      value: { ok: true },
    });
  });

  it('expires at the deadline and lets go of the request, so a late reply is dropped', async () => {
    const replies = new Subject<unknown>();
    const { observable, state } = watched(replies);
    const outcome = awaitReply(observable, 11_500, 10_000);
    jest.advanceTimersByTime(1499);
    expect(state.unsubscribed).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(outcome).resolves.toEqual({ status: 'expired' });
    expect(state.unsubscribed).toBe(true);
    expect(replies.observed).toBe(false);
  });

  it('never sends a request whose deadline has passed', async () => {
    const { observable, state } = watched(NEVER);
    await expect(awaitReply(observable, 10_000, 10_000)).resolves.toEqual({ status: 'expired' });
    expect(state.subscribed).toBe(false);
  });

  it('reports a failure to send', async () => {
    const error = new Error('Connection error');
    await expect(
      awaitReply(
        throwError(() => error),
        11_000,
        10_000,
      ),
    ).resolves.toEqual({
      status: 'failed',
      error,
    });
  });

  it('reports a request abandoned without a reply as cancelled', async () => {
    const closing = new Subject<unknown>();
    const outcome = awaitReply(closing, 11_000, 10_000);
    closing.complete();
    await expect(outcome).resolves.toEqual({ status: 'cancelled' });
  });
});

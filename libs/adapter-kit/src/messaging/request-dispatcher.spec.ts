import { OffsetLedger } from './offset-ledger';
import { BatchControl, OffsetMessage, RequestDispatcher } from './request-dispatcher';

/** Work that finishes only when the test says so, message by message. */
function controllableWork() {
  const pending = new Map<string, () => void>();
  const started: string[] = [];
  const work = (message: OffsetMessage) =>
    new Promise<void>((resolve) => {
      started.push(message.offset);
      pending.set(message.offset, resolve);
    });
  const finish = async (...offsets: string[]) => {
    offsets.forEach((offset) => pending.get(offset)!());
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { work, started, finish };
}

function batch(partition: number, ...offsets: number[]) {
  return { partition, messages: offsets.map((offset) => ({ offset: String(offset) })) };
}

function control(overrides: Partial<BatchControl> = {}) {
  const resolved: string[] = [];
  const fake = {
    resolved,
    resolveOffset: (offset: string) => void resolved.push(offset),
    heartbeat: jest.fn(async () => undefined),
    isRunning: () => true,
    ...overrides,
  };
  return fake;
}

const logger = { log: jest.fn(), error: jest.fn(), warn: jest.fn() };

function setUp(maxInFlight: number) {
  const ledger = new OffsetLedger();
  const { work, started, finish } = controllableWork();
  const onFinished = jest.fn();
  const dispatcher = new RequestDispatcher(work, ledger, {
    maxInFlight,
    heartbeatEveryMs: 10,
    onFinished,
    logger,
  });
  return { ledger, started, finish, onFinished, dispatcher };
}

const commitsOf = (ledger: OffsetLedger) =>
  ledger.pendingCommits().map(({ partition, offset }) => [partition, offset]);

describe('RequestDispatcher', () => {
  it('starts every message of several partitions at once and returns before they finish', async () => {
    const { dispatcher, started } = setUp(10);
    const first = control();
    await dispatcher.dispatch(batch(0, 0, 1, 2), first);
    await dispatcher.dispatch(batch(1, 7, 8), control());
    expect(started).toEqual(['0', '1', '2', '7', '8']);
    expect(dispatcher.inFlight).toBe(5);
    expect(first.resolved).toEqual(['0', '1', '2']);
  });

  it('lets only the gapless finished prefix of each partition be committed', async () => {
    const { dispatcher, ledger, finish, onFinished } = setUp(10);
    await dispatcher.dispatch(batch(0, 0, 1, 2), control());
    await dispatcher.dispatch(batch(1, 7, 8), control());
    await finish('2', '8');
    expect(commitsOf(ledger)).toEqual([]);
    expect(onFinished).toHaveBeenCalledTimes(2);
    await finish('0', '7');
    expect(commitsOf(ledger)).toEqual([
      [0, '1'],
      [1, '9'],
    ]);
    await finish('1');
    expect(commitsOf(ledger)).toEqual([
      [0, '3'],
      [1, '9'],
    ]);
  });

  it('holds a batch at the cap, heartbeating, and goes on as slots free up', async () => {
    const { dispatcher, started, finish } = setUp(2);
    const batchControl = control();
    const dispatching = dispatcher.dispatch(batch(0, 0, 1, 2, 3), batchControl);
    await new Promise((resolve) => setTimeout(resolve, 35));
    expect(started).toEqual(['0', '1']);
    expect(batchControl.resolved).toEqual(['0', '1']);
    expect(batchControl.heartbeat).toHaveBeenCalled();
    await finish('1');
    await finish('0');
    await dispatching;
    expect(started).toEqual(['0', '1', '2', '3']);
    expect(dispatcher.inFlight).toBe(2);
  });

  it('lets a rebalance out of a waiting batch, leaving the rest unstarted and unresolved', async () => {
    const { dispatcher, started } = setUp(1);
    const rebalance = new Error('The group is rebalancing');
    const batchControl = control({ heartbeat: jest.fn().mockRejectedValue(rebalance) });
    await expect(dispatcher.dispatch(batch(0, 0, 1), batchControl)).rejects.toBe(rebalance);
    expect(started).toEqual(['0']);
    expect(batchControl.resolved).toEqual(['0']);
  });

  it('skips messages already in hand when a fetch after a rebalance delivers them again', async () => {
    const { dispatcher, started, finish, ledger } = setUp(10);
    await dispatcher.dispatch(batch(0, 0, 1, 2), control());
    await finish('1');
    const again = control();
    await dispatcher.dispatch(batch(0, 0, 1, 2, 3), again);
    expect(started).toEqual(['0', '1', '2', '3']);
    expect(again.resolved).toEqual(['0', '1', '2', '3']);
    await finish('0', '2', '3');
    expect(commitsOf(ledger)).toEqual([[0, '4']]);
  });

  it('once told to stop taking, starts nothing more and drains what is in hand', async () => {
    const { dispatcher, started, finish } = setUp(10);
    await dispatcher.dispatch(batch(0, 0, 1), control());
    dispatcher.stopTaking();
    const later = control();
    await dispatcher.dispatch(batch(0, 2), later);
    expect(started).toEqual(['0', '1']);
    expect(later.resolved).toEqual([]);

    expect(await dispatcher.drain(20)).toBe(2);
    const draining = dispatcher.drain(1000);
    await finish('0', '1');
    expect(await draining).toBe(0);
  });

  it('finishes a message whose work throws, logging it, so its partition is not stuck', async () => {
    const ledger = new OffsetLedger();
    const dispatcher = new RequestDispatcher(
      async () => {
        throw new Error('bug');
      },
      ledger,
      { maxInFlight: 1, onFinished: () => undefined, logger },
    );
    await dispatcher.dispatch(batch(3, 40, 41), control());
    await dispatcher.drain(1000);
    expect(commitsOf(ledger)).toEqual([[3, '42']]);
    expect(logger.error).toHaveBeenCalledWith('request message work threw', 'Error: bug');
  });
});

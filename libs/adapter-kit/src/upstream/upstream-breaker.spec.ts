import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode } from '@interop/contracts';
import { fail, succeed } from '../source-adapter/outcome';
import { UpstreamBreaker } from './upstream-breaker';

const quietLogger = { log: jest.fn(), warn: jest.fn(), error: jest.fn() };
const settings = { errorThresholdPercent: 50, volumeThreshold: 4, resetMs: 60 };
const down = () => Promise.resolve(fail(ErrorCode.SourceUnavailable, 'down'));
const up = () => Promise.resolve(succeed('answer'));

describe('UpstreamBreaker', () => {
  let breaker: UpstreamBreaker;

  beforeEach(() => {
    breaker = new UpstreamBreaker('population', settings, quietLogger);
  });
  afterEach(() => breaker.shutdown());

  async function failTimes(count: number) {
    for (let i = 0; i < count; i += 1) await breaker.run(down);
  }

  it('stays closed below the volume threshold, however many of the calls fail', async () => {
    await failTimes(3);
    expect(breaker.isOpen).toBe(false);
  });

  it('opens once failures pass the threshold, then refuses without calling the upstream', async () => {
    await failTimes(4);
    expect(breaker.isOpen).toBe(true);
    const attempt = jest.fn(up);
    const outcome = await breaker.run(attempt);
    expect(attempt).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ ok: false, code: ErrorCode.SourceUnavailable });
    expect(outcome.ok || outcome.details).toMatchObject({ circuitOpen: true });
  });

  it('lets a trial call through after the reset time, and closes when it succeeds', async () => {
    await failTimes(4);
    await sleep(settings.resetMs + 20);
    expect(await breaker.run(up)).toEqual(succeed('answer'));
    expect(breaker.isOpen).toBe(false);
  });

  it('opens again at once when the trial call fails', async () => {
    await failTimes(4);
    await sleep(settings.resetMs + 20);
    await breaker.run(down);
    expect(breaker.isOpen).toBe(true);
  });

  it.each([ErrorCode.NotFound, ErrorCode.ValidationFailed, ErrorCode.UpstreamInvalidResponse])(
    'does not count %s against the upstream',
    async (code) => {
      for (let i = 0; i < 10; i += 1) await breaker.run(() => Promise.resolve(fail(code, 'no')));
      expect(breaker.isOpen).toBe(false);
    },
  );

  it('passes a bug in the attempt on as an exception, without counting it', async () => {
    const bug = () => Promise.reject(new TypeError('reader bug'));
    for (let i = 0; i < 6; i += 1) await expect(breaker.run(bug)).rejects.toThrow('reader bug');
    expect(breaker.isOpen).toBe(false);
  });
});

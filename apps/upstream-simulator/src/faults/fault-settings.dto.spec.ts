import { validateContract } from '@interop/contracts';
import { FaultSettingsDto } from './fault-settings.dto';

const errorsOf = (plain: unknown) => {
  const result = validateContract(FaultSettingsDto, plain);
  return result.ok ? [] : result.errors.map((error) => error.field);
};

describe('FaultSettingsDto', () => {
  it('accepts every fault, and none', () => {
    expect(errorsOf({})).toEqual([]);
    expect(
      errorsOf({
        latencyMs: 250,
        latencyJitterMs: 100,
        errorRate: 0.2,
        outage: false,
        malformed: true,
        slowResponseMs: 3000,
        quotaExhausted: false,
      }),
    ).toEqual([]);
  });

  it.each([
    [{ errorRate: 1.5 }, 'errorRate'],
    [{ errorRate: -0.1 }, 'errorRate'],
    [{ errorRate: '0.5' }, 'errorRate'],
    [{ latencyMs: -1 }, 'latencyMs'],
    [{ latencyMs: 2.5 }, 'latencyMs'],
    [{ latencyJitterMs: 10_000_000 }, 'latencyJitterMs'],
    [{ outage: 'yes' }, 'outage'],
    [{ malformed: 1 }, 'malformed'],
    [{ slowResponseMs: 'slow' }, 'slowResponseMs'],
    [{ timeout: 5 }, 'timeout'],
  ])('rejects %p, naming %s', (plain, field) => {
    expect(errorsOf(plain)).toContain(field);
  });
});

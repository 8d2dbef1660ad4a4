import { ErrorCode, errorReply, okReply } from '@interop/contracts';
import { probeResultOf } from './probe-result';

const NOW = 1_000_000;
const meta = {
  source: 'population' as const,
  fetchedAt: '2025-06-01T08:30:00.000Z',
  cached: false,
  durationMs: 5,
};
const timing = { startedAt: NOW - 40, endedAt: NOW, timeoutMs: 3000 };

describe('probeResultOf', () => {
  it("keeps the adapter's self-check with the round trip", () => {
    const healthy = probeResultOf(
      okReply({ healthy: true, latencyMs: 12, circuitOpen: false }, meta),
      timing,
    );
    expect(healthy).toEqual({
      healthy: true,
      latencyMs: 12,
      detail: undefined,
      circuitOpen: false,
      at: NOW,
      roundTripMs: 40,
      answered: true,
    });
  });

  it('explains a probe without an answer', () => {
    const unanswered = probeResultOf(errorReply(ErrorCode.DeadlineExceeded, 'no answer'), timing);
    expect(unanswered).toMatchObject({
      healthy: false,
      answered: false,
      detail: 'no answer within 3000 ms',
    });
  });

  it('counts an error reply or an invalid result as an unhealthy answer', () => {
    const failed = probeResultOf(errorReply(ErrorCode.Internal, 'bug'), timing);
    expect(failed).toMatchObject({ healthy: false, answered: true, detail: 'INTERNAL: bug' });
    const invalid = probeResultOf(okReply({ healthy: 'yes' }, meta), timing);
    expect(invalid).toMatchObject({ healthy: false, answered: true });
  });
});

import { ErrorCode, errorReply, okReply, SourceName } from '@interop/contracts';
import {
  connectorStatus,
  ConnectorState,
  ProbeResult,
  withProbe,
  withReply,
} from './connector-health';
import { healthReport } from './health-report';
import { probeResultOf } from './probe-result';

const STALE_AFTER = 30_000;
const NOW = 1_000_000;
const meta = {
  source: 'population' as const,
  fetchedAt: '2025-06-01T08:30:00.000Z',
  cached: false,
  durationMs: 5,
};
const timing = { startedAt: NOW - 40, endedAt: NOW, timeoutMs: 3000 };

const healthy = probeResultOf(
  okReply({ healthy: true, latencyMs: 12, circuitOpen: false }, meta),
  timing,
);
const circuitOpen = probeResultOf(
  okReply({ healthy: false, latencyMs: 0, detail: 'circuit open', circuitOpen: true }, meta),
  timing,
);
const unanswered = probeResultOf(errorReply(ErrorCode.DeadlineExceeded, 'no answer'), timing);

function status(...events: Array<number | ProbeResult>) {
  const state = events.reduce<ConnectorState>(
    (current, event) =>
      typeof event === 'number' ? withReply(current, event) : withProbe(current, event),
    {},
  );
  return connectorStatus(state, NOW, STALE_AFTER);
}

describe('connectorStatus', () => {
  it('is unknown before anything is heard or any probe ends', () => {
    expect(status()).toBe('unknown');
  });

  it('is up while the adapter replies and reports its upstream healthy', () => {
    expect(status(NOW, healthy)).toBe('up');
    expect(status(NOW - STALE_AFTER)).toBe('up');
  });

  it('is down when the probe went unanswered and nothing else was heard', () => {
    expect(status(unanswered)).toBe('down');
  });

  it('is down once the last sign of life is stale', () => {
    expect(status(NOW - STALE_AFTER - 1, healthy)).toBe('down');
  });

  it('is down when the adapter says its upstream is, however lively it is', () => {
    expect(status(NOW, circuitOpen)).toBe('down');
  });

  it('counts replies to callers as a sign of life when a probe timed out', () => {
    expect(status(NOW - 5000, healthy, unanswered, NOW)).toBe('up');
  });

  it('keeps the newest sign of life, whatever order replies arrive in', () => {
    expect(status(NOW, NOW - STALE_AFTER - 10)).toBe('up');
  });
});

describe('probeResultOf', () => {
  it("keeps the adapter's self-check with the round trip", () => {
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

describe('healthReport', () => {
  const states = (state: ConnectorState) =>
    new Map<SourceName, ConnectorState>([['population', state]]);

  it('is ok when Kafka is reachable and every connector is up', () => {
    const report = healthReport(
      true,
      states(withProbe(withReply({}, NOW), healthy)),
      NOW,
      STALE_AFTER,
    );
    expect(report).toEqual({
      status: 'ok',
      kafka: { reachable: true },
      connectors: {
        population: {
          status: 'up',
          lastReplyAt: new Date(NOW).toISOString(),
          lastProbe: {
            healthy: true,
            latencyMs: 12,
            detail: undefined,
            circuitOpen: false,
            at: new Date(NOW).toISOString(),
            roundTripMs: 40,
          },
        },
      },
    });
  });

  it('is degraded when Kafka is unreachable or a connector is not up', () => {
    const up = withProbe(withReply({}, NOW), healthy);
    expect(healthReport(false, states(up), NOW, STALE_AFTER).status).toBe('degraded');
    const report = healthReport(true, states({}), NOW, STALE_AFTER);
    expect(report.status).toBe('degraded');
    expect(report.connectors.population).toEqual({
      status: 'unknown',
      lastReplyAt: null,
      lastProbe: null,
    });
  });
});

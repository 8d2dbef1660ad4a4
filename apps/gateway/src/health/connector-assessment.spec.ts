import { ProbeResult } from './connector-health';
import { assessConnector, ConnectorObservation } from './connector-assessment';

const NOW = 1_000_000;
const THRESHOLDS = { staleAfterMs: 30_000, errorRate: 0.05, minRequests: 10, maxConsumerLag: 100 };
const passed: ProbeResult = {
  healthy: true,
  latencyMs: 12,
  circuitOpen: false,
  at: NOW,
  roundTripMs: 20,
  answered: true,
};
const quiet = {
  requests: 0,
  failures: 0,
  requestsPerSecond: 0,
  errorRate: null,
  p50Ms: null,
  p95Ms: null,
};

function observed(changes: Partial<ConnectorObservation> = {}): ConnectorObservation {
  return {
    source: 'population',
    latencyObjectiveMs: 800,
    now: NOW,
    kafkaReachable: true,
    replyPartition: true,
    consumers: { replicas: 2, lag: 0, groups: ['interop.population-adapter'] },
    selfCheck: passed,
    lastReplyAt: NOW,
    traffic: quiet,
    ...changes,
  };
}

const assess = (changes: Partial<ConnectorObservation> = {}) =>
  assessConnector(observed(changes), THRESHOLDS);
const codes = (changes: Partial<ConnectorObservation>) =>
  assess(changes).reasons.map(({ code }) => code);

describe('assessConnector', () => {
  it('is UP, with no reason, when every sign is good', () => {
    expect(assess()).toEqual({ status: 'UP', reasons: [] });
  });

  it('is DOWN in maintenance, saying until when and why', () => {
    const assessment = assess({
      maintenance: {
        source: 'population',
        reason: 'endpoint upgrade',
        since: NOW,
        until: Date.parse('2026-12-01T10:00:00Z'),
        by: 'ops',
      },
      selfCheck: undefined,
    });
    expect(assessment).toEqual({
      status: 'DOWN',
      reasons: [
        {
          code: 'MAINTENANCE',
          status: 'DOWN',
          message: 'in maintenance until 2026-12-01T10:00:00.000Z: endpoint upgrade',
        },
      ],
    });
  });

  it('is DOWN when no replica consumes, or this replica cannot hear replies, or Kafka is gone', () => {
    expect(assess({ consumers: { replicas: 0, lag: null, groups: [] } })).toMatchObject({
      status: 'DOWN',
      reasons: [
        { code: 'NO_CONSUMER', message: 'no adapter replica consumes interop.population.requests' },
      ],
    });
    expect(codes({ replyPartition: false })).toEqual(['NO_REPLY_PARTITION']);
    expect(codes({ kafkaReachable: false })).toEqual(['KAFKA_UNREACHABLE']);
  });

  it('says nothing of consumers it could not look at', () => {
    expect(assess({ consumers: undefined }).status).toBe('UP');
  });

  it('is DOWN when the self-check fails or the circuit is open', () => {
    const failed = { ...passed, healthy: false, detail: 'SOURCE_UNAVAILABLE: 503' };
    expect(assess({ selfCheck: failed })).toMatchObject({
      status: 'DOWN',
      reasons: [
        { code: 'SELF_CHECK_FAILED', message: 'self-check failed: SOURCE_UNAVAILABLE: 503' },
      ],
    });
    expect(codes({ selfCheck: { ...failed, circuitOpen: true } })).toEqual([
      'CIRCUIT_OPEN',
      'SELF_CHECK_FAILED',
    ]);
  });

  it('is only DEGRADED by an unanswered self-check while other replies still come', () => {
    const unanswered = { ...passed, healthy: false, answered: false, detail: 'no answer' };
    expect(assess({ selfCheck: unanswered }).status).toBe('DEGRADED');
    expect(assess({ selfCheck: unanswered, lastReplyAt: NOW - 30_001 }).status).toBe('DOWN');
    expect(assess({ selfCheck: unanswered, lastReplyAt: undefined }).status).toBe('DOWN');
  });

  it('is DEGRADED by an error rate or a p95 above the thresholds, given enough requests', () => {
    const busy = { ...quiet, requests: 40, failures: 4, errorRate: 0.1, p50Ms: 300, p95Ms: 950 };
    expect(assess({ traffic: busy })).toEqual({
      status: 'DEGRADED',
      reasons: [
        {
          code: 'ERROR_RATE',
          status: 'DEGRADED',
          message: '10 % of 40 requests failed (threshold 5 %)',
        },
        {
          code: 'LATENCY',
          status: 'DEGRADED',
          message: 'p95 950 ms, above the objective of 800 ms',
        },
      ],
    });
    expect(assess({ traffic: { ...busy, requests: 9 } }).status).toBe('UP');
  });

  it('is DEGRADED by a consumer lag above the threshold', () => {
    expect(codes({ consumers: { replicas: 1, lag: 101, groups: [] } })).toEqual(['CONSUMER_LAG']);
    expect(codes({ consumers: { replicas: 1, lag: 100, groups: [] } })).toEqual([]);
  });

  it('is as bad as its worst reason', () => {
    const busy = { ...quiet, requests: 40, failures: 40, errorRate: 1, p50Ms: 3, p95Ms: 5 };
    const failed = { ...passed, healthy: false };
    expect(assess({ traffic: busy, selfCheck: failed }).status).toBe('DOWN');
  });
});

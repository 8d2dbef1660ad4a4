import { AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { Logger } from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import { fail, Outcome, succeed } from '../source-adapter/outcome';
import { ResilienceSettings, UpstreamClient, UpstreamResponse } from '../upstream/upstream-client';
import { AdapterMetrics } from './adapter-metrics';

const settings: ResilienceSettings = {
  attemptTimeoutMs: 100,
  retries: 2,
  baseDelayMs: 1,
  errorThresholdPercent: 50,
  volumeThreshold: 100,
  resetMs: 60_000,
  maxInFlight: 10,
  maxWaiting: 10,
};

/** Answers the statuses in turn, the last one for every further call. */
function statuses(...answers: number[]) {
  let calls = 0;
  return async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    const status = answers[Math.min(calls++, answers.length - 1)];
    return { status, statusText: '', data: 'x', headers: {}, config, request: {} };
  };
}

const readText = (response: UpstreamResponse): Outcome<string> =>
  response.status === 404 ? fail(ErrorCode.NotFound, 'no such record') : succeed('x');

async function valueOf(metrics: AdapterMetrics, name: string, labels: Record<string, string>) {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  const matches = (sample: { labels: object }) =>
    Object.entries(labels).every(([key, value]) => (sample.labels as never)[key] === value);
  return metric?.values.find(matches)?.value;
}

describe('AdapterMetrics', () => {
  let metrics: AdapterMetrics;
  const clients: UpstreamClient[] = [];

  function client(
    transport: ReturnType<typeof statuses>,
    overrides: Partial<ResilienceSettings> = {},
  ): UpstreamClient {
    const made = new UpstreamClient(
      { name: 'population', baseURL: 'http://upstream.invalid' },
      { ...settings, ...overrides },
      { transport, random: () => 0 },
      metrics,
    );
    clients.push(made);
    return made;
  }

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => (metrics = new AdapterMetrics()));
  afterEach(() => clients.splice(0).forEach((made) => made.shutdown()));

  it('counts a call once by its outcome, each exchange in the histogram, and the retries', async () => {
    const upstream = client(statuses(503, 200));
    await upstream.call({ url: '/' }, readText, Date.now() + 5000);

    const labels = { upstream: 'population' };
    expect(await valueOf(metrics, 'interop_adapter_upstream_calls_total', { outcome: 'ok' })).toBe(
      1,
    );
    expect(await valueOf(metrics, 'interop_adapter_upstream_retries_total', labels)).toBe(1);
    const exchanges = 'interop_adapter_upstream_request_duration_seconds';
    expect(
      await valueOf(metrics, exchanges, { ...labels, le: '+Inf' } as Record<string, string>),
    ).toBe(2);
  });

  it('labels a failed call with its error code', async () => {
    const upstream = client(statuses(404));
    await upstream.call({ url: '/' }, readText, Date.now() + 5000);

    expect(
      await valueOf(metrics, 'interop_adapter_upstream_calls_total', {
        upstream: 'population',
        outcome: ErrorCode.NotFound,
      }),
    ).toBe(1);
  });

  it('shows the circuit in exactly one state, open after the upstream failed', async () => {
    const upstream = client(statuses(503), { volumeThreshold: 1, retries: 0 });
    metrics.watchUpstreams(() => [upstream]);
    const state = (name: string) =>
      valueOf(metrics, 'interop_adapter_circuit_state', { upstream: 'population', state: name });
    expect([await state('closed'), await state('half-open'), await state('open')]).toEqual([
      1, 0, 0,
    ]);

    await upstream.call({ url: '/' }, readText, Date.now() + 5000);

    expect([await state('closed'), await state('half-open'), await state('open')]).toEqual([
      0, 0, 1,
    ]);
  });

  it('reads the bulkhead and the messages in hand at each scrape', async () => {
    const gauges = { name: 'population', circuitState: 'closed' as const, callsInFlight: 3 };
    metrics.watchUpstreams(() => [{ ...gauges, callsWaiting: 2 }]);
    let inHand = 5;
    metrics.watchMessagesInHand(() => inHand);
    const labels = { upstream: 'population' };

    expect(await valueOf(metrics, 'interop_adapter_bulkhead_in_flight', labels)).toBe(3);
    expect(await valueOf(metrics, 'interop_adapter_bulkhead_waiting', labels)).toBe(2);
    expect(await valueOf(metrics, 'interop_adapter_messages_in_hand', {})).toBe(5);
    inHand = 0;
    expect(await valueOf(metrics, 'interop_adapter_messages_in_hand', {})).toBe(0);
  });

  it('counts dead letters, and has the process metrics in its own registry', async () => {
    metrics.deadLettered();
    const text = await metrics.registry.metrics();

    expect(text).toContain('interop_adapter_dead_letters_total 1');
    expect(text).toContain('process_cpu_seconds_total');
    expect(await new AdapterMetrics().registry.metrics()).toContain(
      'interop_adapter_dead_letters_total 0',
    );
  });
});

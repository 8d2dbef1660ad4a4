import { setTimeout as sleep } from 'node:timers/promises';
import { countCpu } from './cpu-accounting';
import { allSourcesAnswer, fanOutTargets } from './dossier-check-targets';
import { hopMedians, measureHops } from './hops';
import { LoadSettings, measure, measurePaced, Measurement, Target } from './load';
import { Stand } from './stand';

export interface BenchSettings {
  durationS: number;
  warmupS: number;
  /** Fixed rate of the overhead scenario, requests per second. */
  overheadRate: number;
  /** Fixed rate of the fan-out scenario, dossier checks or verifications per second. */
  fanOutRate: number;
  concurrencyConnections: number;
  saturationConnections: number;
}

export interface Row {
  scenario: string;
  /** What was called: the gateway path, the simulator directly, or a fan-out variant. */
  path: string;
  upstreamLatencyMs: number;
  load: LoadSettings;
  result: Measurement;
  /** CPU time each process spent per answered request, in ms. */
  cpuMsPerRequest: Record<string, number>;
}

export interface Comparison {
  scenario: string;
  measure: string;
  value: number;
  target: string;
  met?: boolean;
}

export interface ScenarioOutcome {
  rows: Row[];
  comparisons: Comparison[];
}

export type Scenario = (stand: Stand, settings: BenchSettings) => Promise<ScenarioOutcome>;

/** The adapter's default cap on upstream calls in flight (UPSTREAM_MAX_IN_FLIGHT). */
const UPSTREAM_CAP = 200;

async function run(
  stand: Stand,
  scenario: string,
  path: string,
  target: Target,
  load: LoadSettings,
  upstreamLatencyMs: number,
  settings: BenchSettings,
): Promise<Row> {
  const drive = (durationS: number) =>
    load.rate
      ? measurePaced(target, load.rate, durationS)
      : measure(target, { ...load, durationS });
  await drive(settings.warmupS);
  // Lets requests of the warm-up that are still queued drain before measuring.
  await sleep(1000);
  const { result, cpuMs } = await countCpu(stand.cpuSources, () => drive(settings.durationS));
  const cpuMsPerRequest = Object.fromEntries(
    Object.entries(cpuMs).map(([name, ms]) => [name, ms / result.requests]),
  );
  return { scenario, path, upstreamLatencyMs, load, result, cpuMsPerRequest };
}

/**
 * Little's law: 200 calls in flight over a 100 ms upstream allow 2,000 requests/s, the target.
 * The same cap over a 1 s upstream allows 200/s, which this machine's CPU can carry: that row
 * shows whether the concurrency itself reaches its bound.
 */
export const concurrency: Scenario = async (stand, settings) => {
  const load = { connections: settings.concurrencyConnections, durationS: settings.durationS };
  const rows: Row[] = [];
  const comparisons: Comparison[] = [];
  for (const [latencyMs, target] of [
    [1000, 0.8],
    [100, 0.8],
  ]) {
    await stand.setUpstreamLatency(latencyMs);
    const row = await run(
      stand,
      'concurrency',
      'gateway',
      stand.gatewayTarget(),
      load,
      latencyMs,
      settings,
    );
    const bound = (UPSTREAM_CAP * 1000) / latencyMs;
    const share = row.result.throughput / bound;
    rows.push(row);
    comparisons.push({
      scenario: 'concurrency',
      measure: `throughput / Little bound (${bound}/s at ${latencyMs} ms)`,
      value: share,
      target: `>= ${target.toFixed(2)}`,
      met: share >= target,
    });
  }
  return { rows, comparisons };
};

export const overhead: Scenario = async (stand, settings) => {
  await stand.setUpstreamLatency(0);
  const load = { durationS: settings.durationS, rate: settings.overheadRate };
  const direct = await run(stand, 'overhead', 'direct', stand.directTarget(), load, 0, settings);
  const gateway = await run(stand, 'overhead', 'gateway', stand.gatewayTarget(), load, 0, settings);
  const addedP50 = gateway.result.p50 - direct.result.p50;
  const addedP99 = gateway.result.p99 - direct.result.p99;
  return {
    rows: [direct, gateway],
    comparisons: [
      {
        scenario: 'overhead',
        measure: 'added p50 (ms)',
        value: addedP50,
        target: '<= 5',
        met: addedP50 <= 5,
      },
      {
        scenario: 'overhead',
        measure: 'added p99 (ms)',
        value: addedP99,
        target: '<= 25',
        met: addedP99 <= 25,
      },
    ],
  };
};

/**
 * Where the overhead goes: at the overhead scenario's rate, each request's round trip split by
 * the timestamps of its Kafka records (see hops.ts), medians of each stretch.
 */
export const hops: Scenario = async (stand, settings) => {
  await stand.setUpstreamLatency(0);
  await measureHops(stand, settings.overheadRate, settings.warmupS);
  const measured = await measureHops(stand, settings.overheadRate, settings.durationS);
  const medians = hopMedians(measured);
  const stretch = (measure: string, value: number): Comparison => ({
    scenario: 'hops',
    measure: `${measure}, p50 (ms)`,
    value,
    target: 'report',
  });
  return {
    rows: [],
    comparisons: [
      { scenario: 'hops', measure: 'requests timed', value: measured.length, target: 'report' },
      stretch('HTTP in → request record (gateway)', medians.gatewayIn),
      stretch(
        'request record → reply record, less handling (Kafka)',
        medians.kafkaAndAdapterQueueing,
      ),
      stretch('adapter handling, upstream call included', medians.adapterHandling),
      stretch('reply record → HTTP answer (Kafka, gateway)', medians.gatewayOut),
      stretch('whole round trip', medians.total),
    ],
  };
};

export const saturation: Scenario = async (stand, settings) => {
  await stand.setUpstreamLatency(0);
  const load = { connections: settings.saturationConnections, durationS: settings.durationS };
  const direct = await run(stand, 'saturation', 'direct', stand.directTarget(), load, 0, settings);
  const gateway = await run(
    stand,
    'saturation',
    'gateway',
    stand.gatewayTarget(),
    load,
    0,
    settings,
  );
  return {
    rows: [direct, gateway],
    comparisons: [
      {
        scenario: 'saturation',
        measure: 'gateway / direct throughput',
        value: gateway.result.throughput / direct.result.throughput,
        target: 'report',
      },
    ],
  };
};

/** Paced load after each restart of the audit scenario, before its warm-up and measurement. */
const AUDIT_SETTLE_S = 10;

/**
 * What the audit trail costs: lookups at the overhead scenario's paced rate and at saturation,
 * with the gateway and the adapter recording every access (the default) beside the same apps
 * restarted with AUDIT_TRAIL=off. With it on, each answer waits for its event's acks=all. The
 * order is on, off, off, on, and each figure the mean of its two rounds, so that a change in
 * the machine's load over the run weighs on both sides alike. The audit log runs throughout,
 * storing the events as they come; its lag (events produced, not yet stored) is sampled every
 * 250 ms.
 */
export const audit: Scenario = async (stand, settings) => {
  await stand.setUpstreamLatency(0);
  const auditLog = await stand.startAuditLog();
  let maxLag = 0;
  const sampling = setInterval(() => {
    auditLog.lag().then(
      (lag) => (maxLag = Math.max(maxLag, lag)),
      () => undefined,
    );
  }, 250);
  const paced = { durationS: settings.durationS, rate: settings.overheadRate };
  const saturating = { connections: settings.saturationConnections, durationS: settings.durationS };
  const rows: Row[] = [];
  const round = async (trail: 'on' | 'off') => {
    // Every round restarts both apps, so that each starts alike; the groups' rebalances and
    // the new processes' first seconds are then outside the measurement.
    await stand.restartWithAuditTrail(trail);
    const path = `gateway, audit ${trail}`;
    const target = stand.gatewayTarget();
    await measurePaced(target, settings.overheadRate, AUDIT_SETTLE_S);
    const measured = {
      paced: await run(stand, 'audit', path, target, paced, 0, settings),
      saturated: await run(stand, 'audit', path, target, saturating, 0, settings),
    };
    rows.push(measured.paced, measured.saturated);
    return measured;
  };
  try {
    const rounds = { on: [await round('on')], off: [await round('off')] };
    rounds.off.push(await round('off'));
    rounds.on.push(await round('on'));
    const mean = (trail: 'on' | 'off', pick: (r: (typeof rounds.on)[0]) => number) =>
      (pick(rounds[trail][0]) + pick(rounds[trail][1])) / 2;
    const added = (pick: (r: (typeof rounds.on)[0]) => number) =>
      mean('on', pick) - mean('off', pick);
    const report = (measure: string, value: number): Comparison => ({
      scenario: 'audit',
      measure,
      value,
      target: 'report',
    });
    return {
      rows,
      comparisons: [
        report(
          'added p50 at the paced rate (ms)',
          added((r) => r.paced.result.p50),
        ),
        report(
          'added p99 at the paced rate (ms)',
          added((r) => r.paced.result.p99),
        ),
        report(
          'throughput on / off at saturation',
          mean('on', (r) => r.saturated.result.throughput) /
            mean('off', (r) => r.saturated.result.throughput),
        ),
        report(
          'added p50 at saturation (ms)',
          added((r) => r.saturated.result.p50),
        ),
        report('audit log: highest lag sampled (events)', maxLag),
        report('audit log: lag 5 s after the load (events)', await lagAfter(auditLog, 5000)),
      ],
    };
  } finally {
    clearInterval(sampling);
    await auditLog.stop();
    if (stand.auditTrailSetting === 'off') await stand.restartWithAuditTrail('on');
  }
};

async function lagAfter(auditLog: { lag: () => Promise<number> }, ms: number): Promise<number> {
  await sleep(ms);
  return auditLog.lag();
}

/** The upstream latencies of the fan-out scenario: the population database is the slowest. */
const FAN_OUT_LATENCY_MS = { population: 100, 'civil-status': 60, 'business-registry': 30 };

/**
 * A dossier check asks its three sources at once, so it should take about as long as the
 * slowest alone: compared with population verifications at the same paced rate.
 */
export const fanOut: Scenario = async (stand, settings) => {
  stand.startAdapter('civil-status');
  stand.startAdapter('business-registry');
  try {
    const targets = await fanOutTargets(stand);
    await stand.waitUntil('the dossier-check path', () => allSourcesAnswer(targets));
    for (const [database, latencyMs] of Object.entries(FAN_OUT_LATENCY_MS)) {
      await stand.setUpstreamLatency(latencyMs, database as keyof typeof FAN_OUT_LATENCY_MS);
    }
    const load = { durationS: settings.durationS, rate: settings.fanOutRate };
    const slowest = FAN_OUT_LATENCY_MS.population;
    const alone = await run(
      stand,
      'fan-out',
      'population alone',
      targets.slowestAlone,
      load,
      slowest,
      settings,
    );
    const check = await run(
      stand,
      'fan-out',
      'dossier check',
      targets.check,
      load,
      slowest,
      settings,
    );
    const ratio = check.result.p50 / alone.result.p50;
    return {
      rows: [alone, check],
      comparisons: [
        {
          scenario: 'fan-out',
          measure: 'check p50 / slowest source alone p50',
          value: ratio,
          target: '<= 1.20',
          met: ratio <= 1.2,
        },
        {
          scenario: 'fan-out',
          measure: 'check p95 / slowest source alone p95',
          value: check.result.p95 / alone.result.p95,
          target: 'report',
        },
      ],
    };
  } finally {
    await stand.stopApp('civil-status-adapter');
    await stand.stopApp('business-registry-adapter');
    for (const database of Object.keys(FAN_OUT_LATENCY_MS)) {
      await stand.setUpstreamLatency(0, database as keyof typeof FAN_OUT_LATENCY_MS);
    }
  }
};

export const SCENARIOS: Record<string, Scenario> = {
  concurrency,
  overhead,
  hops,
  saturation,
  'fan-out': fanOut,
  audit,
};

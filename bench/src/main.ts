import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KafkaConfig, kafkaConnection, loadConfig } from '@interop/platform';
import { prepareTopics, trimSettledRecords } from './kafka-housekeeping';
import { REPO_ROOT } from './processes';
import { summariseProfiles } from './profile-summary';
import { comparisonsTable, cpuTable, machine, machineLoad, rowsTable } from './report';
import { BenchSettings, Comparison, Row, SCENARIOS } from './scenarios';
import { Stand } from './stand';

const RESULTS_DIR = path.join(REPO_ROOT, 'bench/results');

function numberFrom(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

function settingsFromEnv(): BenchSettings {
  return {
    durationS: numberFrom('BENCH_DURATION_S', 10),
    warmupS: numberFrom('BENCH_WARMUP_S', 3),
    overheadRate: numberFrom('BENCH_OVERHEAD_RATE', 50),
    fanOutRate: numberFrom('BENCH_FAN_OUT_RATE', 20),
    concurrencyConnections: numberFrom('BENCH_CONCURRENCY_CONNECTIONS', 300),
    saturationConnections: numberFrom('BENCH_SATURATION_CONNECTIONS', 100),
  };
}

function scenarioNames(): string[] {
  const names = (process.env.BENCH_SCENARIOS ?? Object.keys(SCENARIOS).join(','))
    .split(',')
    .map((name) => name.trim());
  const unknown = names.filter((name) => !(name in SCENARIOS));
  if (unknown.length > 0) {
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS)}`);
  }
  return names;
}

/** The pid of this project's local broker (scripts/kafka), if that is the one in use. */
function localBrokerPid(): number | undefined {
  if (process.env.BENCH_LOCAL_BROKER !== '1') return undefined;
  try {
    return (
      Number(readFileSync(path.join(REPO_ROOT, '.cache/kafka/broker.pid'), 'utf8')) || undefined
    );
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const connection = kafkaConnection(loadConfig(KafkaConfig));
  const trim = process.env.BENCH_LOCAL_BROKER === '1' && process.env.BENCH_TRIM_TOPICS !== '0';
  const settings = settingsFromEnv();
  const names = scenarioNames();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const profileDir =
    process.env.BENCH_PROFILE === '1' ? path.join(RESULTS_DIR, `profiles-${stamp}`) : undefined;

  await prepareTopics(connection);
  if (trim) console.log(`trimmed ${await trimSettledRecords(connection)} settled records`);
  console.log(`machine: ${JSON.stringify(machine())}`);
  const stand = await Stand.start({
    connection,
    logDir: path.join(REPO_ROOT, '.run/bench-logs'),
    profileDir,
    brokerPid: localBrokerPid(),
  });
  const rows: Row[] = [];
  const comparisons: Comparison[] = [];
  const loads: Record<string, ReturnType<typeof machineLoad>> = {};
  try {
    for (const name of names) {
      console.log(`running ${name} (load before: ${JSON.stringify(machineLoad())})`);
      const outcome = await SCENARIOS[name](stand, settings);
      loads[name] = machineLoad();
      rows.push(...outcome.rows);
      comparisons.push(...outcome.comparisons);
      console.log(rowsTable(outcome.rows));
    }
  } finally {
    await stand.stop();
  }
  const lastTrafficAt = Date.now();
  console.log(`\n${rowsTable(rows)}\n\nCPU ms per answered request:\n${cpuTable(rows)}\n`);
  console.log(`${comparisonsTable(comparisons)}\n`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `bench-${stamp}.json`);
  const raw = {
    at: new Date().toISOString(),
    machine: machine(),
    loads,
    settings,
    rows,
    comparisons,
  };
  writeFileSync(file, JSON.stringify(raw, null, 2));
  console.log(`raw results: ${path.relative(REPO_ROOT, file)}`);
  if (profileDir) console.log(summariseProfiles(profileDir));
  if (trim) {
    console.log(`trimmed ${await trimSettledRecords(connection, lastTrafficAt)} benchmark records`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

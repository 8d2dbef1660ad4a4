import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AUDIT_LOG_PRINCIPAL, AUDIT_TOPIC, AuditEvent, subjectHash } from '@interop/contracts';
import {
  KafkaConfig,
  KafkaConnection,
  kafkaConnection,
  loadConfig,
  principalKafkaEnv,
} from '@interop/platform';
import { Kafka, logLevel } from 'kafkajs';
import { generateSigningKeyPem } from '../../apps/audit-log/src/ledger/signing-key';
import { startLocalPostgres } from '../../test/support/local-postgres';
import { auditGroupAtEnd, prepareTopics } from './kafka-housekeeping';
import { BENCH_DIST, freePort, REPO_ROOT, spawnApp, stopApp, waitUntil } from './processes';

/**
 * `npm run bench:audit`: how fast the audit log appends. For each store, BENCH_AUDIT_EVENTS
 * events are produced to interop.audit first, then the audit log starts and appends them: the
 * rate is rows stored per second from its first row to its last, sampled from its /health,
 * which also gives the lag (events produced and not yet stored) as it falls.
 */
const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 100_000);
const PRODUCE_BATCH = 1000;
const QUERY_TOKEN = randomUUID().repeat(2);

interface StoreRun {
  store: 'pglite' | 'postgres';
  events: number;
  seconds: number;
  eventsPerSecond: number;
  maxLag: number;
  finalLag: number;
  checkpoints: number;
}

function benchEvent(i: number): AuditEvent {
  return {
    eventId: randomUUID(),
    time: new Date().toISOString(),
    kind: 'access',
    app: 'audit-bench',
    caller: `caller-${i % 20}`,
    officerId: `CB-${String(i % 500).padStart(4, '0')}`,
    procedureCode: '1.001234',
    dossierId: `HS-2026-${String(i).padStart(6, '0')}`,
    source: 'population',
    operation: 'citizen.lookup',
    outcome: 'answered',
    durationMs: 20 + (i % 50),
    requestId: randomUUID(),
    traceId: randomUUID().replace(/-/g, ''),
    fieldsReturned: [
      'personalId',
      'fullName',
      'dateOfBirth',
      'gender',
      'permanentAddress.provinceCode',
    ],
    subjectHash: subjectHash('bench-secret', String(i % 10_000).padStart(12, '0')),
    subjectKind: 'personal-id',
    channel: 'http',
  };
}

async function produceEvents(kafka: Kafka): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  for (let sent = 0; sent < EVENTS; sent += PRODUCE_BATCH) {
    const messages = Array.from({ length: Math.min(PRODUCE_BATCH, EVENTS - sent) }, (_, i) => {
      const event = benchEvent(sent + i);
      return { key: event.subjectHash, value: JSON.stringify(event) };
    });
    await producer.send({ topic: AUDIT_TOPIC, acks: -1, messages });
  }
  await producer.disconnect();
}

async function health(url: string) {
  const response = await fetch(`${url}/health`);
  return (await response.json()) as {
    lastSeq?: number;
    lag?: number;
    lastCheckpoint?: { checkpoint: number };
  };
}

async function runStore(
  store: StoreRun['store'],
  kafka: Kafka,
  connection: KafkaConnection,
  database: Record<string, string>,
  keyFile: string,
): Promise<StoreRun> {
  const groupId = await auditGroupAtEnd(connection);
  await produceEvents(kafka);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = spawnApp(`audit-log-${store}`, {
    entry: path.join(BENCH_DIST, 'apps/audit-log/src/main.js'),
    logDir: path.join(REPO_ROOT, '.run/bench-logs'),
    profileDir:
      process.env.BENCH_PROFILE === '1'
        ? path.join(REPO_ROOT, 'bench/results/audit-profiles')
        : undefined,
    env: {
      ...database,
      ...principalKafkaEnv(AUDIT_LOG_PRINCIPAL),
      KAFKA_GROUP_ID: groupId,
      AUDIT_LOG_PORT: String(port),
      AUDIT_QUERY_TOKEN: QUERY_TOKEN,
      AUDIT_SIGNING_KEY_FILE: keyFile,
      LOG_LEVEL: 'warn',
    },
  });
  try {
    await waitUntil(`audit log on ${store}`, async () => (await fetch(`${url}/health`)).ok, [app]);
    let first: { at: number; seq: number } | undefined;
    let maxLag = 0;
    let last = await health(url);
    const until = Date.now() + 600_000;
    while ((last.lastSeq ?? 0) < EVENTS && Date.now() < until) {
      await sleep(100);
      last = await health(url);
      maxLag = Math.max(maxLag, last.lag ?? 0);
      if (!first && (last.lastSeq ?? 0) > 0) first = { at: Date.now(), seq: last.lastSeq! };
    }
    const seconds = (Date.now() - first!.at) / 1000;
    const appended = (last.lastSeq ?? 0) - first!.seq;
    return {
      store,
      events: last.lastSeq ?? 0,
      seconds: Math.round(seconds * 100) / 100,
      eventsPerSecond: Math.round(appended / seconds),
      maxLag,
      finalLag: last.lag ?? -1,
      checkpoints: last.lastCheckpoint?.checkpoint ?? 0,
    };
  } finally {
    await stopApp(app);
  }
}

async function main(): Promise<void> {
  const connection = kafkaConnection(loadConfig(KafkaConfig));
  const kafka = new Kafka({ clientId: 'audit-bench', ...connection, logLevel: logLevel.ERROR });
  await prepareTopics(connection);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'interop-audit-bench-'));
  const keyFile = path.join(scratch, 'signing-key.pem');
  writeFileSync(keyFile, generateSigningKeyPem().privateKeyPem, { mode: 0o600 });
  const results: StoreRun[] = [];
  try {
    results.push(
      await runStore(
        'pglite',
        kafka,
        connection,
        { AUDIT_PGLITE_DIR: path.join(scratch, 'pglite') },
        keyFile,
      ),
    );
    // Durable commits, as a production server would have them (fsync, synchronous_commit).
    const postgres = await startLocalPostgres({ durable: true });
    try {
      results.push(
        await runStore(
          'postgres',
          kafka,
          connection,
          { AUDIT_DATABASE_URL: postgres.url },
          keyFile,
        ),
      );
    } finally {
      postgres.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.table(results);
  const dir = path.join(REPO_ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `audit-append-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  writeFileSync(file, JSON.stringify({ events: EVENTS, cpus: os.cpus().length, results }, null, 2));
  console.log(`results in ${file}`);
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});

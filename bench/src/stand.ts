import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  adapterGroupId,
  adapterPrincipal,
  AUDIT_LOG_PRINCIPAL,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  SourceName,
} from '@interop/contracts';
import { SOAP_CONTENT_TYPE } from '@interop/adapter-kit';
import { KafkaConnection, principalKafkaEnv } from '@interop/platform';
import { SOAP_PATH } from '../../apps/population-adapter/src/population-soap.exchange';
import { buildLookupEnvelope, SOAP_ACTION } from '../../apps/population-adapter/src/soap';
import { adapterCredentialsFor } from '../../test/support/simulator-credentials';
import { PopulationSample } from '../../apps/upstream-simulator/src/population/population-samples.dto';
import { generateSigningKeyPem } from '../../apps/audit-log/src/ledger/signing-key';
import { benchAccess } from './bench-access';
import { CpuSource } from './cpu-accounting';
import { auditGroupAtEnd } from './kafka-housekeeping';
import { Target } from './load';
import { AppProcess, BENCH_DIST, freePort, spawnApp, stopApp, waitUntil } from './processes';

export const PURPOSE = {
  requester: 'bench-dossier-core',
  officerId: 'CB-0001',
  procedureCode: '1.001234',
};
const { UPSTREAM_ACCESS_KEY: accessKey, UPSTREAM_SECRET_KEY: secretKey } =
  adapterCredentialsFor('population');
const CREDENTIALS = { accessKey, secretKey };

export interface StandOptions {
  /** How the benchmark's own clients reach the cluster (as the admin, on a secured one). */
  connection: KafkaConnection;
  logDir: string;
  /** Where CPU profiles of the gateway and the adapters go, when profiling. */
  profileDir?: string;
  /** The Kafka broker's process, when it runs on this machine: its CPU time is counted too. */
  brokerPid?: number;
}

/**
 * What the benchmark runs against, each app a process of its own as in production: the upstream
 * simulator, the population adapter (others on demand) and one gateway, in consumer groups of
 * their own.
 */
export class Stand {
  private readonly apps: AppProcess[] = [];
  private readonly run = randomUUID().slice(0, 8);
  private readonly access = benchAccess(PURPOSE.requester, PURPOSE.procedureCode);
  /** The audit trail's subject key of this run, shared by the gateway and the adapters. */
  private readonly auditSubjectKey = randomBytes(32).toString('hex');
  private auditTrail: 'on' | 'off' = 'on';
  private samples: PopulationSample[] = [];

  private constructor(
    private readonly options: StandOptions,
    readonly simulatorUrl: string,
    readonly gatewayUrl: string,
  ) {}

  static async start(options: StandOptions): Promise<Stand> {
    const [simulatorPort, gatewayPort] = [await freePort(), await freePort()];
    const stand = new Stand(
      options,
      `http://127.0.0.1:${simulatorPort}`,
      `http://127.0.0.1:${gatewayPort}`,
    );
    stand.spawn('upstream-simulator', 'apps/upstream-simulator/src/main.js', {
      SIMULATOR_PORT: String(simulatorPort),
    });
    await waitUntil('the simulator', () => stand.fetchSamples(), stand.apps);
    stand.startAdapter('population');
    stand.startGateway();
    await waitUntil('the gateway path', () => stand.lookupSucceeds(), stand.apps, 90_000);
    return stand;
  }

  get auditTrailSetting(): 'on' | 'off' {
    return this.auditTrail;
  }

  /**
   * Restarts the gateway and the population adapter with the audit trail on or off
   * (AUDIT_TRAIL), and waits until lookups are answered again (the consumer groups then settle
   * for some seconds more: measure after a warm-up).
   */
  async restartWithAuditTrail(auditTrail: 'on' | 'off'): Promise<void> {
    this.auditTrail = auditTrail;
    await this.stopApp('gateway');
    await this.stopApp('population-adapter');
    this.startAdapter('population');
    this.startGateway();
    await this.waitUntil('the gateway path', () => this.lookupSucceeds());
  }

  get connection(): KafkaConnection {
    return this.options.connection;
  }

  /** The processes whose CPU time a measurement reports. */
  get cpuSources(): CpuSource[] {
    const apps = this.apps.map(({ name, child }) => ({ name, pid: child.pid! }));
    const { brokerPid } = this.options;
    return brokerPid ? [...apps, { name: 'kafka broker', pid: brokerPid }] : apps;
  }

  startAdapter(source: SourceName): void {
    this.spawn(`${source}-adapter`, 'bench/src/adapter.main.js', {
      ...principalKafkaEnv(adapterPrincipal(source)),
      ...adapterCredentialsFor(source),
      ...this.auditEnv(),
      BENCH_SOURCE: source,
      BENCH_ADAPTER_GROUP: `${adapterGroupId(source)}.bench-${this.run}`,
      UPSTREAM_URL: this.simulatorUrl,
    });
  }

  private startGateway(): void {
    this.spawn('gateway', 'apps/gateway/src/main.js', {
      ...principalKafkaEnv(GATEWAY_PRINCIPAL),
      GATEWAY_PORT: new URL(this.gatewayUrl).port,
      KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.bench-${this.run}`,
      ...this.access.env,
      ...this.auditEnv(),
    });
  }

  private auditEnv(): NodeJS.ProcessEnv {
    return { AUDIT_SUBJECT_KEY: this.auditSubjectKey, AUDIT_TRAIL: this.auditTrail };
  }

  /**
   * Starts the audit log (PGlite, in a scratch directory) on the events from now on; answers
   * how to read its lag (events on interop.audit not yet stored), and how to stop it.
   */
  async startAuditLog(): Promise<{ lag: () => Promise<number>; stop: () => Promise<void> }> {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'interop-bench-audit-'));
    const keyFile = path.join(scratch, 'signing-key.pem');
    writeFileSync(keyFile, generateSigningKeyPem().privateKeyPem, { mode: 0o600 });
    const url = `http://127.0.0.1:${await freePort()}`;
    this.spawn('audit-log', 'apps/audit-log/src/main.js', {
      ...principalKafkaEnv(AUDIT_LOG_PRINCIPAL),
      KAFKA_GROUP_ID: await auditGroupAtEnd(this.options.connection),
      AUDIT_LOG_PORT: new URL(url).port,
      AUDIT_QUERY_TOKEN: randomBytes(32).toString('hex'),
      AUDIT_SIGNING_KEY_FILE: keyFile,
      AUDIT_PGLITE_DIR: path.join(scratch, 'pglite'),
      LOG_LEVEL: 'warn',
    });
    const health = async () => (await fetch(`${url}/health`)).json() as Promise<{ lag?: number }>;
    await this.waitUntil('the audit log', async () => (await health()).lag !== undefined);
    return {
      lag: async () => (await health()).lag ?? Number.NaN,
      stop: async () => {
        await this.stopApp('audit-log');
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  }

  async stopApp(name: string): Promise<void> {
    const app = this.apps.find((candidate) => candidate.name === name);
    if (!app) return;
    this.apps.splice(this.apps.indexOf(app), 1);
    await stopApp(app);
  }

  /** Every answer of a simulated database is delayed by this much. */
  async setUpstreamLatency(latencyMs: number, database: SourceName = 'population'): Promise<void> {
    const response = await fetch(`${this.simulatorUrl}/_sim/faults/${database}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ latencyMs }),
    });
    if (!response.ok) throw new Error(`the simulator refused the latency (${response.status})`);
  }

  /** Polls `probe` until true; fails, naming the app, if one of them exits meanwhile. */
  async waitUntil(what: string, probe: () => Promise<boolean>): Promise<void> {
    await waitUntil(what, probe, this.apps, 90_000);
  }

  /** A request to the gateway, authenticated, with the purpose-of-use headers. */
  gatewayRequest(path: string, bodies: object[]): Target {
    return {
      url: this.gatewayUrl,
      path,
      headers: {
        'Content-Type': 'application/json',
        Authorization: this.access.authorization,
        'X-Requester': PURPOSE.requester,
        'X-Officer-Id': PURPOSE.officerId,
        'X-Procedure-Code': PURPOSE.procedureCode,
      },
      bodies: bodies.map((body) => JSON.stringify(body)),
    };
  }

  /** A citizen lookup through the whole path: HTTP, gateway, Kafka, adapter, SOAP. */
  gatewayTarget(): Target {
    return this.gatewayRequest('/v1/population/citizen-lookups', this.citizenQueries());
  }

  /** The same lookups, straight to the simulator's SOAP endpoint, as the adapter sends them. */
  directTarget(): Target {
    return {
      url: this.simulatorUrl,
      path: SOAP_PATH,
      headers: { 'Content-Type': SOAP_CONTENT_TYPE, SOAPAction: SOAP_ACTION.lookup },
      bodies: this.samples.map((sample, n) =>
        buildLookupEnvelope(sample, CREDENTIALS, { ...PURPOSE, correlationId: `bench-${n}` }),
      ),
    };
  }

  /** Gateway and adapters first, so that nothing in flight loses its upstream early. */
  async stop(): Promise<void> {
    for (const app of [...this.apps].reverse()) await stopApp(app);
  }

  private citizenQueries() {
    return this.samples.map(({ personalId, fullName, dateOfBirth }) => ({
      personalId,
      fullName,
      dateOfBirth,
    }));
  }

  /** An app with `env` over the benchmark's own; Kafka apps pass their principal's settings. */
  private spawn(name: string, entry: string, env: NodeJS.ProcessEnv): void {
    const profiled = name !== 'upstream-simulator';
    this.apps.push(
      spawnApp(name, {
        entry: path.join(BENCH_DIST, entry),
        env,
        logDir: this.options.logDir,
        profileDir: profiled ? this.options.profileDir : undefined,
      }),
    );
  }

  private async fetchSamples(): Promise<boolean> {
    const response = await fetch(`${this.simulatorUrl}/_sim/population/samples?limit=1000`);
    if (!response.ok) return false;
    this.samples = ((await response.json()) as { samples: PopulationSample[] }).samples;
    return true;
  }

  private async lookupSucceeds(): Promise<boolean> {
    const target = this.gatewayTarget();
    const response = await fetch(target.url + target.path, {
      method: 'POST',
      headers: target.headers,
      body: target.bodies[0],
    });
    return response.status === 200;
  }
}

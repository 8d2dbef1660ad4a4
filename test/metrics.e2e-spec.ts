import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  adapterGroupId,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  requestTopic,
} from '@interop/contracts';
import { RunningAdapter } from '@interop/adapter-kit';
import { principalKafkaEnv } from '@interop/platform';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { startPopulationAdapter } from '../apps/population-adapter/src/population-adapter.bootstrap';
import { PopulationSamplesResponse } from '../apps/upstream-simulator/src/population/population-samples.dto';
import {
  AuditLogUnderTest,
  freshGroupAtEnd,
  startAuditLog,
  waitUntil,
  writeSigningKey,
} from './support/audit-log-harness';
import { harnessKafka, startGroupAtEnd } from './support/kafka-clients';
import { promtoolCheckMetrics, PrometheusUnderTest, startPrometheus } from './support/prometheus';
import { startSimulator } from './support/simulator';
import {
  E2E_CALLER_ID,
  E2E_OPS_ID,
  E2E_PROCEDURE,
  e2eAccess,
  e2eAdapterEnv,
  e2eAuth,
  e2eOpsAuth,
} from './support/test-access';

/**
 * Every app's /metrics against the real path — HTTP → gateway → Kafka → population adapter →
 * simulator, and the audit log appending the gateway's events: the counters move with the right
 * labels and nothing personal, `promtool check metrics` accepts each exposition, and a real
 * Prometheus server scrapes them all and answers queries on them.
 */
const LOOKUP = '/v1/population/citizen-lookups';
const REQUEST_ID = `metrics-e2e-${randomUUID()}`;
const adapterGroup = `${adapterGroupId('population')}.e2e-metrics-${randomUUID()}`;
const gatewayGroup = `${GATEWAY_GROUP_ID}.e2e-metrics-${randomUUID()}`;

let simulator: NestExpressApplication;
let adapter: RunningAdapter;
let auditLog: AuditLogUnderTest;
let gateway: INestApplication;
let gatewayUrl: string;
let citizen: PopulationSamplesResponse['samples'][number];
let unknownPersonalId: string;
const pgliteDir = mkdtempSync(path.join(os.tmpdir(), 'interop-metrics-audit-'));

function lookup(body: object, headers: object = e2eAuth()) {
  return request(gatewayUrl)
    .post(LOOKUP)
    .set({ ...headers, 'X-Officer-Id': 'CB-0001', 'X-Procedure-Code': E2E_PROCEDURE })
    .set('X-Request-Id', REQUEST_ID)
    .send(body);
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

const scrapeGateway = () => scrape(gatewayUrl, e2eOpsAuth());

/** What no exposition may hold: the subject's data, or the request's own id. */
function expectNothingPersonal(exposition: string): void {
  for (const value of [citizen.personalId, citizen.fullName, unknownPersonalId, REQUEST_ID])
    expect(exposition).not.toContain(value);
}

const kafka = harnessKafka('e2e-metrics');

beforeAll(async () => {
  let simulatorUrl: string;
  ({ app: simulator, url: simulatorUrl } = await startSimulator());
  const samples: PopulationSamplesResponse = (
    await request(simulatorUrl).get('/_sim/population/samples?limit=1')
  ).body;
  [citizen] = samples.samples;
  [unknownPersonalId] = samples.unknownPersonalIds;
  // Counted from zero: none of the requests earlier tests left on the topic.
  await startGroupAtEnd(kafka, adapterGroup, requestTopic('population'));
  adapter = await startPopulationAdapter(
    {
      ...e2eAdapterEnv('population'),
      UPSTREAM_URL: simulatorUrl,
      METRICS_PORT: '0',
      LOG_LEVEL: 'warn',
    },
    { groupId: adapterGroup },
  );
  auditLog = await startAuditLog({
    AUDIT_PGLITE_DIR: pgliteDir,
    AUDIT_SIGNING_KEY_FILE: writeSigningKey().privateKeyFile,
    KAFKA_GROUP_ID: await freshGroupAtEnd(kafka),
  });
  gateway = await createGatewayApp({
    ...principalKafkaEnv(GATEWAY_PRINCIPAL),
    GATEWAY_PORT: '0',
    REQUEST_DEADLINE_MS: '3000',
    KAFKA_GROUP_ID: gatewayGroup,
    ...e2eAccess().env,
    AUDIT_LOG_URL: auditLog.url,
    LOG_LEVEL: 'warn',
  });
  await gateway.listen(0, '127.0.0.1');
  gatewayUrl = (await gateway.getUrl()).replace('[::1]', '127.0.0.1');

  const { personalId, fullName, dateOfBirth } = citizen;
  await lookup({ personalId, fullName, dateOfBirth }).expect(200);
  await lookup({ personalId: unknownPersonalId, fullName, dateOfBirth: '1985' }).expect(
    (response) => expect([400, 404]).toContain(response.status),
  );
  await lookup({ personalId, fullName, dateOfBirth }, {}).expect(401);
});

afterAll(async () => {
  await gateway?.close();
  await adapter?.stop();
  await auditLog?.app.close();
  await simulator?.close();
  rmSync(pgliteDir, { recursive: true, force: true });
});

describe('the gateway’s /metrics (e2e)', () => {
  it('is for the ops role: 401 without credentials, 403 to a caller without it', async () => {
    expect((await fetch(`${gatewayUrl}/metrics`)).status).toBe(401);
    const asDossierCore = await fetch(`${gatewayUrl}/metrics`, { headers: e2eAuth() });
    expect(asDossierCore.status).toBe(403);
  });

  it('counts each lookup by source, operation, caller and outcome code', async () => {
    const exposition = await scrapeGateway();
    const requests = (caller: string, code: string) =>
      `interop_gateway_http_requests_total{source="population",operation="citizen.lookup",caller="${caller}",code="${code}"} 1`;

    expect(exposition).toContain(requests(E2E_CALLER_ID, 'OK'));
    expect(exposition).toContain(requests('unauthenticated', 'UNAUTHENTICATED'));
    expect(exposition).toMatch(
      /interop_gateway_http_requests_total\{source="population",operation="citizen\.lookup",caller="e2e-dossier-core",code="(NOT_FOUND|VALIDATION_FAILED)"\} 1/,
    );
    expect(exposition).toMatch(
      /interop_gateway_http_request_duration_seconds_count\{source="population",operation="citizen\.lookup"\} 3/,
    );
    expect(exposition).not.toContain(`caller="${E2E_OPS_ID}"`);
    expectNothingPersonal(exposition);
  });

  it('shows the lag of its reply group on each reply partition, and the process metrics', async () => {
    const exposition = await scrapeGateway();

    expect(exposition).toMatch(
      new RegExp(
        `interop_kafka_consumer_lag_messages\\{group="${gatewayGroup}",topic="interop\\.gateway\\.population\\.replies",partition="\\d+"\\} \\d+`,
      ),
    );
    expect(exposition).toContain('process_cpu_seconds_total');
    expect(exposition).toContain('nodejs_heap_size_used_bytes');
  });
});

describe('the population adapter’s metrics listener (e2e)', () => {
  it('counts the upstream calls by outcome, with their latency', async () => {
    const exposition = await scrape(adapter.metricsUrl);

    expect(exposition).toMatch(
      /interop_adapter_upstream_calls_total\{upstream="population",outcome="ok"\} [1-9]/,
    );
    expect(exposition).toMatch(
      /interop_adapter_upstream_request_duration_seconds_count\{upstream="population"\} [1-9]/,
    );
    expect(exposition).toContain(
      'interop_adapter_circuit_state{upstream="population",state="closed"} 1',
    );
    // A health probe of the gateway's may be in hand at the moment of the scrape.
    expect(exposition).toMatch(
      /^interop_adapter_bulkhead_in_flight\{upstream="population"\} \d+$/m,
    );
    expect(exposition).toMatch(/^interop_adapter_bulkhead_waiting\{upstream="population"\} \d+$/m);
    expect(exposition).toMatch(/^interop_adapter_messages_in_hand \d+$/m);
    expect(exposition).toContain('interop_adapter_dead_letters_total 0');
    expectNothingPersonal(exposition);
  });

  it('shows its group’s lag on every partition of the request topic', async () => {
    const exposition = await scrape(adapter.metricsUrl);
    const topic = requestTopic('population').replace(/\./g, '\\.');

    expect(exposition).toMatch(
      new RegExp(
        `interop_kafka_consumer_lag_messages\\{group="${adapterGroup}",topic="${topic}",partition="0"\\} \\d+`,
      ),
    );
  });

  it('counts a request message it dead-letters', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: requestTopic('population'), messages: [{ value: 'not JSON' }] });
    await producer.disconnect();

    await waitUntil('the malformed request dead-lettered', async () =>
      (await scrape(adapter.metricsUrl)).includes('interop_adapter_dead_letters_total 1'),
    );
  });

  it('answers liveness beside /metrics', async () => {
    expect((await fetch(`${adapter.metricsUrl}/health/live`)).status).toBe(200);
  });
});

describe('the audit log’s /metrics (e2e)', () => {
  it('counts the gateway’s events as they are stored, and shows its lag', async () => {
    await waitUntil('the lookups’ audit events stored', async () =>
      /^interop_audit_log_events_stored_total [1-9]/m.test(await scrape(auditLog.url)),
    );
    const exposition = await scrape(auditLog.url);

    expect(exposition).toMatch(/^interop_audit_log_lag_events\{group="[^"]+"\} \d+$/m);
    expectNothingPersonal(exposition);
  });
});

describe('promtool check metrics (e2e)', () => {
  it.each([
    ['gateway', () => scrapeGateway()],
    ['population adapter', () => scrape(adapter.metricsUrl)],
    ['audit log', () => scrape(auditLog.url)],
  ])('accepts the %s’s exposition', async (_app, exposition) => {
    expect(promtoolCheckMetrics(await exposition())).toEqual({ status: 0, output: '' });
  });
});

describe('a real Prometheus server scraping the apps (e2e)', () => {
  let prometheus: PrometheusUnderTest;
  const hostOf = (url: string) => new URL(url).host;

  beforeAll(async () => {
    const opsKey = e2eOpsAuth().Authorization.replace('Bearer ', '');
    prometheus = await startPrometheus([
      { job: 'gateway', address: hostOf(gatewayUrl), bearerToken: opsKey },
      { job: 'population-adapter', address: hostOf(adapter.metricsUrl) },
      { job: 'audit-log', address: hostOf(auditLog.url) },
    ]);
  });

  afterAll(() => prometheus?.stop());

  async function eventually(promql: string) {
    let result: Awaited<ReturnType<PrometheusUnderTest['query']>> = [];
    await waitUntil(`a result for ${promql}`, async () => {
      result = await prometheus.query(promql);
      return result.length > 0;
    });
    return result;
  }

  it('scrapes every app', async () => {
    const up = await eventually('sum(up) == 3');
    expect(up[0].value[1]).toBe('3');
  });

  it('answers the gateway’s request counter', async () => {
    const [series] = await eventually(
      `interop_gateway_http_requests_total{job="gateway",caller="${E2E_CALLER_ID}",code="OK"}`,
    );
    expect(series.metric).toMatchObject({ source: 'population', operation: 'citizen.lookup' });
    expect(series.value[1]).toBe('1');
  });

  it('answers the adapter’s consumer lag and the audit log’s lag', async () => {
    const lag = await eventually(
      `interop_kafka_consumer_lag_messages{job="population-adapter",group="${adapterGroup}"}`,
    );
    expect(lag[0].metric.topic).toBe(requestTopic('population'));
    const auditLag = await eventually('interop_audit_log_lag_events{job="audit-log"}');
    expect(Number(auditLag[0].value[1])).toBeGreaterThanOrEqual(0);
  });
});

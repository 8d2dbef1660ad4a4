import request from 'supertest';
import { E2E_PROCEDURE, e2eAuth, e2eOpsAuth } from './support/test-access';
import { InteropSystem, startInteropSystem, SYSTEM_SOURCES } from './support/interop-system';
import { eventually } from './support/stand-in-replies';

/**
 * The health model against the real path — gateway → Kafka → the three adapters → the
 * simulator: every connector UP with no reason; a storm of health checks is no storm of
 * self-checks (the simulator counts them); a failing upstream is DOWN with its reason, and its
 * failure is reused for HEALTH_CACHE_FAILURE_MS before it is asked again; a slow one is DEGRADED
 * by its p95; readiness by weight: without the non-critical adapter the gateway stays ready,
 * without the critical one it is not.
 */
const FAILURE_CACHE_MS = 8000;
const STORM = 200;

let system: InteropSystem;

const health = () => request(system.gatewayUrl).get('/health').set(e2eOpsAuth());
const ready = () => request(system.gatewayUrl).get('/health/ready');

function storm(size = STORM) {
  return Promise.all(Array.from({ length: size }, () => health()));
}

interface ConnectorBody {
  status: string;
  reasons: { code: string }[];
}

const connector = (body: { connectors?: Record<string, ConnectorBody> }, source: string) =>
  body.connectors?.[source];

beforeAll(async () => {
  system = await startInteropSystem({
    name: 'health-model',
    gatewayEnv: {
      HEALTH_PROBE_INTERVAL_MS: '1000',
      HEALTH_CACHE_FAILURE_MS: String(FAILURE_CACHE_MS),
      HEALTH_WINDOW_MS: '10000',
      HEALTH_MIN_REQUESTS: '5',
      // Adapters that joined a fresh group read the topic's history first: not this test's.
      HEALTH_MAX_CONSUMER_LAG: '1000000',
    },
    adapterEnv: { CIRCUIT_RESET_MS: '500', UPSTREAM_RETRY_BASE_MS: '20' },
  });
});

afterAll(async () => {
  await system?.stop();
});

describe('the health model (e2e)', () => {
  it('shows every connector UP, with no reason, its replicas, and since when', async () => {
    const response = await eventually(health, (answer) => answer.status === 200, 30_000);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'UP', ready: true, kafka: { reachable: true } });
    for (const source of SYSTEM_SOURCES) {
      expect(connector(response.body, source)).toMatchObject({
        status: 'UP',
        reasons: [],
        replicas: 1,
        circuit: 'closed',
        replyPartition: true,
        lastProbe: { healthy: true, answered: true },
        since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
    }
    expect((await ready()).body).toEqual({ status: 'ok' });
  });

  it(`answers ${STORM} concurrent health checks with at most two self-checks of the upstream`, async () => {
    const before = await system.upstreamRequests('population');
    const answers = await storm();
    const after = await system.upstreamRequests('population');
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    // One refresh of the 2 s cache for the storm, and at most one of the background monitor's.
    expect(after - before).toBeLessThanOrEqual(2);
  });

  it('is DOWN with SELF_CHECK_FAILED during an outage, and asks the failing upstream no more often than its failure cache allows', async () => {
    await system.setFaults('population', { outage: true });
    const down = await eventually(
      health,
      (answer) => connector(answer.body, 'population')?.status === 'DOWN',
      15_000,
    );
    expect(connector(down.body, 'population')).toMatchObject({
      status: 'DOWN',
      reasons: expect.arrayContaining([
        expect.objectContaining({ code: 'SELF_CHECK_FAILED', status: 'DOWN' }),
      ]),
      lastProbe: { healthy: false, answered: true },
    });
    expect(down.status).toBe(503);
    // The others are still UP: a connector's health is its own.
    expect(connector(down.body, 'civil-status')?.status).toBe('UP');

    const before = await system.upstreamRequests('population');
    for (let wave = 0; wave < 3; wave += 1) await storm(100);
    expect(await system.upstreamRequests('population')).toBe(before);

    await system.clearFaults('population');
    const up = await eventually(
      health,
      (answer) => connector(answer.body, 'population')?.status === 'UP',
      FAILURE_CACHE_MS + 10_000,
    );
    expect(connector(up.body, 'population')?.reasons).toEqual([]);
  });

  it('is DEGRADED by a p95 above the source’s latency objective', async () => {
    await system.setFaults('population', { latencyMs: 1100 });
    const samples = await request(system.simulator.url).get('/_sim/population/samples?limit=5');
    await Promise.all(
      samples.body.samples.map(({ personalId, fullName, dateOfBirth }: Record<string, string>) =>
        request(system.gatewayUrl)
          .post('/v1/population/citizen-lookups')
          .set({ ...e2eAuth(), 'X-Officer-Id': 'CB-0001', 'X-Procedure-Code': E2E_PROCEDURE })
          .send({ personalId, fullName, dateOfBirth })
          .expect(200),
      ),
    );
    const degraded = await eventually(
      health,
      (answer) => connector(answer.body, 'population')?.status === 'DEGRADED',
    );
    expect(connector(degraded.body, 'population')).toMatchObject({
      status: 'DEGRADED',
      reasons: [
        expect.objectContaining({
          code: 'LATENCY',
          message: expect.stringContaining('above the objective of 800 ms'),
        }),
      ],
      traffic: { requests: 5, failures: 0 },
    });
    await system.clearFaults('population');
  });

  it('stays ready without a non-critical source’s adapter, and is not ready without the critical one', async () => {
    await system.stopAdapter('business-registry');
    const without = await eventually(
      health,
      (answer) => connector(answer.body, 'business-registry')?.status === 'DOWN',
    );
    expect(connector(without.body, 'business-registry')).toMatchObject({
      reasons: [expect.objectContaining({ code: 'NO_CONSUMER' })],
      replicas: 0,
    });
    expect(without.body.ready).toBe(true);
    expect((await ready()).status).toBe(200);

    await system.stopAdapter('population');
    const unready = await eventually(ready, (answer) => answer.status === 503);
    expect(unready.body).toEqual({ status: 'unready' });
  });
});

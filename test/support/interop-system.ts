import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { RunningAdapter } from '@interop/adapter-kit';
import {
  adapterGroupId,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  SourceName,
  SOURCES,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import { createGatewayApp } from '../../apps/gateway/src/gateway.bootstrap';
import { adapterStarter } from './adapter-starter';
import { startSimulator, TestSimulator } from './simulator';
import { e2eAccess, e2eAdapterEnv } from './test-access';

/** Every source of the registry: the system runs an adapter of each. */
export const SYSTEM_SOURCES: readonly SourceName[] = SOURCES;

/** The whole path but the broker, which the global setup runs: simulator, adapters, gateway. */
export interface InteropSystem {
  simulator: TestSimulator;
  adapters: Map<SourceName, RunningAdapter>;
  gateway: INestApplication;
  /** http://127.0.0.1:<port> */
  gatewayUrl: string;
  run: string;
  /** Starts another gateway on the same adapters, with these settings over the system's. */
  startGateway(env?: NodeJS.ProcessEnv): Promise<INestApplication>;
  /** Requests the simulated database has received since the simulator started. */
  upstreamRequests(source: SourceName): Promise<number>;
  setFaults(source: SourceName, faults: object): Promise<void>;
  clearFaults(source: SourceName): Promise<void>;
  stopAdapter(source: SourceName): Promise<void>;
  stop(): Promise<void>;
}

export interface SystemOptions {
  /** Names the run's consumer groups. */
  name: string;
  gatewayEnv?: NodeJS.ProcessEnv;
  adapterEnv?: NodeJS.ProcessEnv;
}

async function simulatorCall(url: string, method: string, body?: object): Promise<Response> {
  const response = await fetch(url, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}`);
  return response;
}

/**
 * Starts the simulator, the three real adapters (each in a consumer group of this run) and a
 * gateway listening on a free port, as the e2e caller and ops user of `e2eAccess()` know it.
 */
export async function startInteropSystem(options: SystemOptions): Promise<InteropSystem> {
  const run = `${options.name}-${randomUUID().slice(0, 8)}`;
  const simulator = await startSimulator();
  const adapters = new Map<SourceName, RunningAdapter>();
  await Promise.all(
    SYSTEM_SOURCES.map(async (source) => {
      const start = adapterStarter(source);
      const env = {
        ...e2eAdapterEnv(source),
        UPSTREAM_URL: simulator.url,
        LOG_LEVEL: 'error',
        ...options.adapterEnv,
      };
      adapters.set(source, await start(env, { groupId: `${adapterGroupId(source)}.e2e-${run}` }));
    }),
  );
  const gateways: INestApplication[] = [];
  const startGateway = async (env: NodeJS.ProcessEnv = {}) => {
    const gateway = await createGatewayApp({
      ...principalKafkaEnv(GATEWAY_PRINCIPAL),
      GATEWAY_PORT: '0',
      KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-${run}-${gateways.length}`,
      ...e2eAccess().env,
      LOG_LEVEL: 'error',
      ...options.gatewayEnv,
      ...env,
    });
    gateways.push(gateway);
    await gateway.listen(0, '127.0.0.1');
    return gateway;
  };
  const gateway = await startGateway();
  const faults = (source: SourceName) => `${simulator.url}/_sim/faults/${source}`;
  return {
    simulator,
    adapters,
    gateway,
    gatewayUrl: (await gateway.getUrl()).replace('[::1]', '127.0.0.1'),
    run,
    startGateway,
    async upstreamRequests(source) {
      const response = await simulatorCall(`${simulator.url}/_sim/stats/${source}`, 'GET');
      return ((await response.json()) as { requestsReceived: number }).requestsReceived;
    },
    async setFaults(source, settings) {
      await simulatorCall(faults(source), 'PUT', settings);
    },
    async clearFaults(source) {
      await simulatorCall(faults(source), 'DELETE');
    },
    async stopAdapter(source) {
      await adapters.get(source)?.stop();
      adapters.delete(source);
    },
    async stop() {
      await Promise.all(gateways.map((each) => each.close()));
      await Promise.all([...adapters.values()].map((adapter) => adapter.stop()));
      await simulator.app.close();
    },
  };
}

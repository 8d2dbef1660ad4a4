import { randomUUID } from 'node:crypto';
import { AddressInfo, createServer, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { RunningAdapter } from '@interop/adapter-kit';
import {
  adapterGroupId,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  gatewayReplyTopic,
  KafkaHeader,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import { Consumer, Kafka, Producer } from 'kafkajs';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { startPopulationAdapter } from '../apps/population-adapter/src/population-adapter.bootstrap';
import { PopulationSample } from '../apps/upstream-simulator/src/population/population-samples.dto';
import { harnessKafka } from './support/kafka-clients';
import { startSimulator } from './support/simulator';
import { e2eAccess, e2eAdapterEnv, e2eAuth } from './support/test-access';

/**
 * Two gateway replicas and two population adapter replicas under a steady load, while an adapter
 * and a gateway are stopped and started again, each forcing a consumer-group rebalance. Every
 * reply is also delivered twice, as an adapter's redelivery would. Every request must get exactly
 * one terminal answer, none later than its deadline, and the load must be served in full again
 * once the replicas have settled.
 */
const DEADLINE_MS = 4000;
/** An answer later than the deadline by more than this counts as hanging. */
const MARGIN_MS = 1500;
const RATE_PER_SECOND = 30;
/**
 * Long enough for the gateway restarted at 7 s to be up before the settled stretch begins: on
 * the secured broker, with its reply and intake groups to join and its audit producer to
 * connect, and its health model to read the groups, a start takes 4-6 s here, and up to 12 s
 * when the machine is busy.
 */
const LOAD_MS = 24_000;
/** Requests sent in this last stretch, when every replica has settled, must all succeed. */
const SETTLED_MS = 2500;
const UPSTREAM_LATENCY_MS = 30;
const LOOKUP = '/v1/population/citizen-lookups';
const PURPOSE = {
  ...e2eAuth(),
  'X-Requester': 'e2e-dossier-core',
  'X-Officer-Id': 'CB-0001',
  'X-Procedure-Code': '1.001234',
};
/**
 * What a replica stopping or a rebalance may answer instead of the data: clear, coded errors.
 * A 504 is the gateway's own deadline (DEADLINE_EXCEEDED) or, on a machine loaded enough that
 * the adapter's upstream call outlives its share of the deadline, the adapter's SOURCE_TIMEOUT.
 */
const ACCEPTED_ERRORS = new Map([
  [503, ['SOURCE_UNAVAILABLE']],
  [504, ['DEADLINE_EXCEEDED', 'SOURCE_TIMEOUT']],
]);

const run = randomUUID().slice(0, 8);
const adapterGroup = `${adapterGroupId('population')}.e2e-scale-out-${run}`;
const gatewayGroup = `${GATEWAY_GROUP_ID}.e2e-scale-out-${run}`;
/** Prefixes the correlation ids of this run's requests, so that only their replies are doubled. */
const requestIdPrefix = `e2e-scale-out-${run}-`;

interface Answer {
  sentAt: number;
  elapsedMs: number;
  status?: number;
  code?: string;
  failure?: string;
}

let simulator: NestExpressApplication;
let simulatorUrl: string;
let samples: PopulationSample[];
const adapters = new Set<RunningAdapter>();
const gateways = new Set<{ app: INestApplication; url: string }>();
let duplicator: ReplyDuplicator;

function startAdapter(env: NodeJS.ProcessEnv = {}): Promise<RunningAdapter> {
  return startPopulationAdapter(
    {
      ...e2eAdapterEnv('population'),
      UPSTREAM_URL: simulatorUrl,
      LOG_LEVEL: 'error',
      ...env,
    },
    { groupId: adapterGroup },
  ).then((adapter) => (adapters.add(adapter), adapter));
}

async function stopAdapter(adapter: RunningAdapter): Promise<void> {
  adapters.delete(adapter);
  await adapter.stop();
}

function setUpstreamLatency(latencyMs: number) {
  return request(simulatorUrl).put('/_sim/faults/population').send({ latencyMs }).expect(200);
}

async function startGateway() {
  const app = await createGatewayApp({
    ...principalKafkaEnv(GATEWAY_PRINCIPAL),
    GATEWAY_PORT: '0',
    REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    KAFKA_GROUP_ID: gatewayGroup,
    ...e2eAccess().env,
    LOG_LEVEL: 'error',
  });
  await app.listen(0, '127.0.0.1');
  const gateway = { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
  gateways.add(gateway);
  return gateway;
}

/** Produces each reply to this run's requests a second time, to the same partition. */
class ReplyDuplicator {
  duplicated = 0;

  private constructor(
    private readonly consumer: Consumer,
    private readonly producer: Producer,
  ) {}

  static async start(kafka: Kafka): Promise<ReplyDuplicator> {
    const consumer = kafka.consumer({ groupId: `e2e-scale-out-duplicator-${run}` });
    const producer = kafka.producer();
    const duplicator = new ReplyDuplicator(consumer, producer);
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic: gatewayReplyTopic('population'), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const correlationId = String(message.headers?.[KafkaHeader.CorrelationId] ?? '');
        if (!correlationId.startsWith(requestIdPrefix) || message.headers?.['x-e2e-duplicate']) {
          return;
        }
        const headers = { ...message.headers, 'x-e2e-duplicate': '1' };
        await producer.send({ topic, messages: [{ ...message, partition, headers }] });
        duplicator.duplicated += 1;
      },
    });
    return duplicator;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }
}

async function lookup(url: string, sample: PopulationSample, n: number): Promise<Answer> {
  const sentAt = Date.now();
  try {
    const response = await fetch(url + LOOKUP, {
      method: 'POST',
      headers: {
        ...PURPOSE,
        'Content-Type': 'application/json',
        'X-Request-Id': requestIdPrefix + n,
      },
      body: JSON.stringify({
        personalId: sample.personalId,
        fullName: sample.fullName,
        dateOfBirth: sample.dateOfBirth,
      }),
      signal: AbortSignal.timeout(DEADLINE_MS + MARGIN_MS),
    });
    const body = (await response.json()) as { error?: { code?: string } };
    return {
      sentAt,
      elapsedMs: Date.now() - sentAt,
      status: response.status,
      code: body.error?.code,
    };
  } catch (error) {
    return { sentAt, elapsedMs: Date.now() - sentAt, failure: String(error) };
  }
}

/**
 * Sends RATE_PER_SECOND lookups a second for LOAD_MS, round robin over the gateways taking load:
 * each at its time, or as soon after as this process can (a replica starting in it holds the
 * event loop for a while), so that exactly that many are sent whatever the machine's load.
 */
async function steadyLoad(inRotation: () => string[]): Promise<Answer[]> {
  const answers: Array<Promise<Answer>> = [];
  const startedAt = Date.now();
  for (let i = 0; i < (RATE_PER_SECOND * LOAD_MS) / 1000; i += 1) {
    const urls = inRotation();
    answers.push(lookup(urls[i % urls.length], samples[i % samples.length], i));
    await sleep(startedAt + ((i + 1) * 1000) / RATE_PER_SECOND - Date.now());
  }
  return Promise.all(answers);
}

beforeAll(async () => {
  ({ app: simulator, url: simulatorUrl } = await startSimulator());
  await setUpstreamLatency(UPSTREAM_LATENCY_MS);
  samples = (await request(simulatorUrl).get('/_sim/population/samples?limit=100')).body.samples;
  const kafka = harnessKafka('e2e-scale-out');
  duplicator = await ReplyDuplicator.start(kafka);
  await Promise.all([startAdapter(), startAdapter()]);
  await startGateway();
  await startGateway();
});

afterAll(async () => {
  await Promise.all([...gateways].map(({ app }) => app.close()));
  await Promise.all([...adapters].map((adapter) => adapter.stop()));
  await duplicator?.stop();
  await request(simulatorUrl).delete('/_sim/faults/population');
  await simulator?.close();
});

describe('two gateways and two adapters under load, replicas stopping and starting', () => {
  it('answers every request exactly once, in time, and serves the load in full again', async () => {
    const inRotation = new Set([...gateways].map(({ url }) => url));
    const [firstAdapter] = adapters;
    const [, secondGateway] = gateways;
    const startedAt = Date.now();
    const at = (ms: number) => sleep(startedAt + ms - Date.now());

    const replicaChanges = (async () => {
      await at(2000);
      await stopAdapter(firstAdapter);
      await at(4000);
      await startAdapter();
      await at(6000);
      // Taken out of the rotation, then stopped with its requests in flight.
      inRotation.delete(secondGateway.url);
      gateways.delete(secondGateway);
      await secondGateway.app.close();
      await at(7000);
      const restarted = await startGateway();
      inRotation.add(restarted.url);
      return Date.now() - startedAt;
    })();

    const answers = await steadyLoad(() => [...inRotation]);
    const lastChangeMs = await replicaChanges;

    // Exactly one terminal answer each, a result or a coded error, none past its deadline.
    expect(answers.filter(({ failure }) => failure)).toEqual([]);
    for (const { status, code, elapsedMs } of answers) {
      if (status !== 200) {
        expect([status, ACCEPTED_ERRORS.get(status!)?.includes(code!)]).toEqual([status, true]);
      }
      expect(elapsedMs).toBeLessThan(DEADLINE_MS + MARGIN_MS);
    }
    expect(answers).toHaveLength((RATE_PER_SECOND * LOAD_MS) / 1000);
    const succeeded = answers.filter(({ status }) => status === 200).length;
    expect(succeeded / answers.length).toBeGreaterThan(0.8);

    // Recovered: once the last replica has settled, every request succeeds.
    expect(lastChangeMs).toBeLessThan(LOAD_MS - SETTLED_MS);
    const settled = answers.filter(({ sentAt }) => sentAt - startedAt >= LOAD_MS - SETTLED_MS);
    expect(settled.length).toBeGreaterThanOrEqual((RATE_PER_SECOND * SETTLED_MS) / 1000 - 2);
    expect(settled.map(({ status }) => status)).toEqual(settled.map(() => 200));

    // Every reply came twice, and each request was answered once all the same.
    for (let waited = 0; duplicator.duplicated < succeeded && waited < 5000; waited += 100) {
      await sleep(100);
    }
    expect(duplicator.duplicated).toBeGreaterThanOrEqual(succeeded);
  });

  it('answers requests an adapter abandoned mid-flight, redelivered to another replica', async () => {
    await Promise.all([...adapters].map(stopAdapter));
    await setUpstreamLatency(UPSTREAM_LATENCY_MS);
    // A replica whose upstream never answers, and which stops at once, as a killed one would:
    // whatever it holds is never answered by it.
    const blackHole = await silentServer();
    const abandoning = await startAdapter({
      UPSTREAM_URL: blackHole.url,
      KAFKA_DRAIN_TIMEOUT_MS: '0',
      LOG_LEVEL: 'fatal',
    });
    await startAdapter();
    const [gateway] = gateways;

    const answers = Promise.all(
      samples.slice(0, 20).map((sample, n) => lookup(gateway.url, sample, 10_000 + n)),
    );
    await sleep(300);
    await stopAdapter(abandoning);
    const settled = await answers;
    blackHole.close();

    expect(settled.map(({ status }) => status)).toEqual(settled.map(() => 200));
    // Those the stopped replica held came back only once the other had taken its partitions.
    const elapsed = settled.map(({ elapsedMs }) => elapsedMs);
    expect(Math.max(...elapsed)).toBeGreaterThan(1000);
    expect(Math.min(...elapsed)).toBeLessThan(1000);
  });
});

/** Accepts connections and never answers. */
async function silentServer(): Promise<{ url: string; close: () => void }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      server.close();
    },
  };
}

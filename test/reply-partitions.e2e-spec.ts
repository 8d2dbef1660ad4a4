import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { RunningAdapter } from '@interop/adapter-kit';
import {
  adapterGroupId,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  gatewayReplyTopic,
  SOURCES,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { startPopulationAdapter } from '../apps/population-adapter/src/population-adapter.bootstrap';
import { PopulationSample } from '../apps/upstream-simulator/src/population/population-samples.dto';
import { harnessKafka } from './support/kafka-clients';
import { startSimulator, TestSimulator } from './support/simulator';
import { e2eAccess, e2eAdapterEnv, e2eAuth } from './support/test-access';

/**
 * As many gateway replicas as reply partitions all serve; one more, started after them, is the
 * one that gets no reply partition: it refuses to start, saying why, and the others go on.
 */
const PURPOSE = {
  ...e2eAuth(),
  'X-Requester': 'e2e-dossier-core',
  'X-Officer-Id': 'CB-0001',
  'X-Procedure-Code': '1.001234',
};
const run = randomUUID().slice(0, 8);

let simulator: TestSimulator;
let adapter: RunningAdapter;
let sample: PopulationSample;
const gateways: INestApplication[] = [];

function startGateway(): Promise<INestApplication> {
  return createGatewayApp({
    ...principalKafkaEnv(GATEWAY_PRINCIPAL),
    GATEWAY_PORT: '0',
    KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-reply-partitions-${run}`,
    ...e2eAccess().env,
    LOG_LEVEL: 'fatal',
  });
}

function lookup(gateway: INestApplication) {
  const { personalId, fullName, dateOfBirth } = sample;
  return request(gateway.getHttpServer())
    .post('/v1/population/citizen-lookups')
    .set(PURPOSE)
    .send({ personalId, fullName, dateOfBirth });
}

async function replyPartitionCount(): Promise<number> {
  const admin = harnessKafka('e2e-reply-partitions').admin();
  await admin.connect();
  try {
    const { topics } = await admin.fetchTopicMetadata({
      topics: SOURCES.map((source) => gatewayReplyTopic(source)),
    });
    return Math.min(...topics.map(({ partitions }) => partitions.length));
  } finally {
    await admin.disconnect();
  }
}

beforeAll(async () => {
  simulator = await startSimulator();
  [sample] = (await request(simulator.url).get('/_sim/population/samples?limit=1')).body.samples;
  adapter = await startPopulationAdapter(
    {
      ...e2eAdapterEnv('population'),
      UPSTREAM_URL: simulator.url,
      LOG_LEVEL: 'error',
    },
    { groupId: `${adapterGroupId('population')}.e2e-reply-partitions-${run}` },
  );
});

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.close()));
  await adapter?.stop();
  await simulator?.app.close();
});

describe('gateway replicas and reply partitions', () => {
  it('serves with as many replicas as partitions, and the one beyond says why it cannot start', async () => {
    const partitions = await replyPartitionCount();
    for (let n = 0; n < partitions; n += 1) gateways.push(await startGateway());

    await expect(startGateway()).rejects.toThrow(
      /This gateway replica got no partition of .* run at most as many replicas as reply partitions, or raise KAFKA_REPLY_PARTITIONS/,
    );

    const statuses = await Promise.all(
      gateways.map(async (gateway) => (await lookup(gateway)).status),
    );
    expect(statuses).toEqual(gateways.map(() => 200));
  });
});

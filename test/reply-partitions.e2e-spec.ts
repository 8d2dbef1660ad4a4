import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { RunningAdapter } from '@interop/adapter-kit';
import {
  adapterGroupId,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  gatewayReplyTopic,
  SOURCE_REGISTRY,
  SourceName,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import { Admin } from 'kafkajs';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { startPopulationAdapter } from '../apps/population-adapter/src/population-adapter.bootstrap';
import { PopulationSample } from '../apps/upstream-simulator/src/population/population-samples.dto';
import { harnessKafka } from './support/kafka-clients';
import { startSimulator, TestSimulator } from './support/simulator';
import { eventually } from './support/stand-in-replies';
import { e2eAccess, e2eAdapterEnv, e2eAuth, e2eOpsAuth } from './support/test-access';

/**
 * As many gateway replicas as reply partitions all serve. Where the critical source's reply
 * topic has more partitions than the others', a replica beyond the others' count still starts:
 * it serves the critical source and reports the others DOWN (NO_REPLY_PARTITION), ready all the
 * same. One beyond the critical topic's count is the one that refuses to start, saying why.
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
let counts: { all: number; critical: number };
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

const critical = SOURCE_REGISTRY.filter((source) => source.critical).map(({ name }) => name);
const nonCritical = SOURCE_REGISTRY.filter((source) => !source.critical).map(({ name }) => name);

/** The fewest reply partitions of these sources' reply topics. */
async function partitionsOf(admin: Admin, sources: readonly SourceName[]): Promise<number> {
  const { topics } = await admin.fetchTopicMetadata({ topics: sources.map(gatewayReplyTopic) });
  return Math.min(...topics.map(({ partitions }) => partitions.length));
}

/**
 * Gives the critical sources' reply topics one partition more than the others' (partitions are
 * only ever added, so a broker kept from an earlier run may have them already); answers both
 * counts.
 */
async function replyPartitionCounts(): Promise<{ all: number; critical: number }> {
  const admin = harnessKafka('e2e-reply-partitions').admin();
  await admin.connect();
  try {
    const all = await partitionsOf(admin, nonCritical);
    if ((await partitionsOf(admin, critical)) <= all) {
      await admin.createPartitions({
        topicPartitions: critical.map((source) => ({
          topic: gatewayReplyTopic(source),
          count: all + 1,
        })),
      });
    }
    return { all, critical: await partitionsOf(admin, critical) };
  } finally {
    await admin.disconnect();
  }
}

beforeAll(async () => {
  // Before the adapter starts: its producer learns the topics' partitions when it connects.
  counts = await replyPartitionCounts();
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
  it('serves with as many replicas as partitions, serves the critical source beyond the others’ count, and says why it cannot start beyond the critical one’s', async () => {
    for (let n = 0; n < counts.all; n += 1) gateways.push(await startGateway());

    const partial = await startGateway();
    gateways.push(partial);
    const health = await eventually(
      () => request(partial.getHttpServer()).get('/health').set(e2eOpsAuth()),
      (answer) => answer.body.ready === true,
    );
    for (const source of nonCritical) {
      expect(health.body.connectors[source]).toMatchObject({
        status: 'DOWN',
        replyPartition: false,
        reasons: expect.arrayContaining([expect.objectContaining({ code: 'NO_REPLY_PARTITION' })]),
      });
    }
    for (const source of critical) expect(health.body.connectors[source].replyPartition).toBe(true);
    expect((await request(partial.getHttpServer()).get('/health/ready')).status).toBe(200);
    // No reply could come back to it: refused at once, not left to time out.
    const unheard = await request(partial.getHttpServer())
      .post('/v1/civil-status/birth-lookups')
      .set(PURPOSE)
      .send({ personalId: sample.personalId });
    expect([unheard.status, unheard.body.error?.code]).toEqual([503, 'SOURCE_UNAVAILABLE']);

    while (gateways.length < counts.critical) gateways.push(await startGateway());
    await expect(startGateway()).rejects.toThrow(
      /This gateway replica got no partition of .* run at most as many replicas as reply partitions, or raise KAFKA_REPLY_PARTITIONS/,
    );

    const statuses = await Promise.all(
      gateways.map(async (gateway) => (await lookup(gateway)).status),
    );
    expect(statuses).toEqual(gateways.map(() => 200));
  });
});

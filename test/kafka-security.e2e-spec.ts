import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { RunningAdapter } from '@interop/adapter-kit';
import {
  adapterGrants,
  adapterGroupId,
  adapterPrincipal,
  ADMIN_PRINCIPAL,
  AUDIT_TOPIC,
  callerGroupIdPrefix,
  callerReplyTopic,
  GATEWAY_PRINCIPAL,
  GATEWAY_REPLY_TOPIC_PREFIX,
  gatewayReplyTopic,
  intakeTopic,
  KafkaHeader,
  PopulationOperation,
  requestTopic,
  SOURCES,
} from '@interop/contracts';
import {
  DEAD_LETTER_REASON_HEADER,
  KafkaConfig,
  kafkaConnection,
  loadConfig,
  principalKafkaEnv,
} from '@interop/platform';
import { Kafka, KafkaMessage, logLevel } from 'kafkajs';
import request from 'supertest';
import { startPopulationAdapter } from '../apps/population-adapter/src/population-adapter.bootstrap';
import { grantForRun, harnessKafka, principalKafka } from './support/kafka-clients';
import { eventually } from './support/stand-in-replies';
import { startSimulator } from './support/simulator';
import { e2eAdapterEnv } from './support/test-access';

/**
 * The broker enforces who may do what, whatever a client claims: authentication (SASL/SCRAM,
 * over TLS too) and the deny-by-default ACLs of the access plan; and an adapter replies only
 * where its REPLY_TOPIC_PREFIXES allow, even where its ACLs would let it write.
 */
const DOSSIER_CORE = 'dossier-core';
const run = randomUUID().slice(0, 8);
const admin = harnessKafka('e2e-kafka-security');
const population = principalKafka(adapterPrincipal('population'), 'e2e-security-population');
const dossierCore = principalKafka(DOSSIER_CORE, 'e2e-security-dossier-core');
const replyTopics = [...SOURCES.map(gatewayReplyTopic), callerReplyTopic(DOSSIER_CORE, 'checks')];

/** The reason `kafka` may not produce to `topic`, or 'allowed'. */
async function tryWrite(kafka: Kafka, topic: string): Promise<string> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, messages: [{ value: 'probe', headers: { 'x-e2e-probe': run } }] });
    return 'allowed';
  } catch (error) {
    return (error as Error).message;
  } finally {
    await producer.disconnect();
  }
}

/** The reason `kafka` may not consume `topic` in `groupId`, or 'allowed' once a fetch worked. */
async function tryRead(kafka: Kafka, topic: string, groupId: string): Promise<string> {
  const consumer = kafka.consumer({ groupId, retry: { retries: 0 }, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: false });
    return await new Promise<string>((resolve) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => resolve(payload.error.message));
      consumer.on(consumer.events.FETCH, () => resolve('allowed'));
      consumer.run({ eachMessage: async () => undefined }).catch((error: Error) => {
        resolve(error.message);
      });
    });
  } catch (error) {
    return (error as Error).message;
  } finally {
    await consumer.disconnect();
  }
}

const NOT_AUTHORIZED = /Not authorized to access topics/;

describe('authentication', () => {
  const { brokers } = kafkaConnection(loadConfig(KafkaConfig));
  const refusal = async (kafka: Kafka) => {
    const client = kafka.admin();
    try {
      await client.connect();
      await client.listTopics();
      return 'allowed';
    } catch (error) {
      return (error as Error).name;
    } finally {
      await client.disconnect();
    }
  };
  const client = (options: object) =>
    new Kafka({ brokers, logLevel: logLevel.NOTHING, retry: { retries: 0 }, ...options });

  it('refuses a client that does not authenticate', async () => {
    expect(await refusal(client({}))).toBe('KafkaJSConnectionClosedError');
  });

  it('refuses a known principal with a wrong password', async () => {
    const sasl = { mechanism: 'scram-sha-512', username: ADMIN_PRINCIPAL, password: 'guessed' };
    expect(await refusal(client({ sasl }))).toBe('KafkaJSSASLAuthenticationError');
  });
});

describe("an adapter's principal", () => {
  const group = `${adapterGroupId('population')}.e2e-security-${run}`;

  it("reads its own request topic (so that the refusals below are the ACLs')", async () => {
    expect(await tryRead(population, requestTopic('population'), group)).toBe('allowed');
  });

  it("cannot write to another adapter's request topic", async () => {
    expect(await tryWrite(population, requestTopic('civil-status'))).toMatch(NOT_AUTHORIZED);
  });

  it("cannot read another adapter's request topic", async () => {
    expect(await tryRead(population, requestTopic('civil-status'), group)).toMatch(NOT_AUTHORIZED);
  });

  it.each(replyTopics)('cannot read the reply topic %s', async (topic) => {
    expect(await tryRead(population, topic, group)).toMatch(NOT_AUTHORIZED);
  });
});

describe("the dossier core's principal", () => {
  const group = `${callerGroupIdPrefix(DOSSIER_CORE)}.e2e-security-${run}`;

  it("writes to its own intake (so that the refusals below are the ACLs')", async () => {
    expect(await tryWrite(dossierCore, intakeTopic(DOSSIER_CORE))).toBe('allowed');
  });

  it.each(SOURCES)('cannot write to the %s request topic', async (source) => {
    expect(await tryWrite(dossierCore, requestTopic(source))).toMatch(NOT_AUTHORIZED);
  });

  it.each(SOURCES)("cannot read the gateway's %s reply topic", async (source) => {
    expect(await tryRead(dossierCore, gatewayReplyTopic(source), group)).toMatch(NOT_AUTHORIZED);
  });
});

describe('an adapter asked to reply outside REPLY_TOPIC_PREFIXES', () => {
  const names = {
    requestTopic: `interop.e2e-security-${run}.requests`,
    deadLetterTopic: `interop.e2e-security-${run}.requests.dlq`,
    groupId: `interop.e2e-security-${run}`,
  };
  const deadLetters: KafkaMessage[] = [];
  const tap = admin.consumer({ groupId: `e2e-security-dlq-${run}`, maxWaitTimeInMs: 100 });
  let simulator: NestExpressApplication;
  let simulatorUrl: string;
  let adapter: RunningAdapter | undefined;
  let revokeGrants: (() => Promise<void>) | undefined;

  const upstreamRequests = async (): Promise<number> =>
    (await request(simulatorUrl).get('/_sim/stats/population').expect(200)).body.requestsReceived;

  async function endOffsets(topic: string): Promise<string[]> {
    const client = admin.admin();
    await client.connect();
    try {
      return (await client.fetchTopicOffsets(topic)).map(({ high }) => high);
    } finally {
      await client.disconnect();
    }
  }

  beforeAll(async () => {
    ({ app: simulator, url: simulatorUrl } = await startSimulator());
    const topicAdmin = admin.admin();
    await topicAdmin.connect();
    await topicAdmin.createTopics({
      topics: [names.requestTopic, names.deadLetterTopic].map((topic) => ({
        topic,
        numPartitions: 1,
      })),
      waitForLeaders: true,
    });
    await topicAdmin.disconnect();
    // As on its real topics: and so its ACLs would let it write to interop.audit.
    revokeGrants = await grantForRun(
      admin,
      adapterGrants('population', {
        requestTopic: names.requestTopic,
        deadLetterTopic: names.deadLetterTopic,
        groupIdPrefix: names.groupId,
        replyTopicPrefixes: [GATEWAY_REPLY_TOPIC_PREFIX],
      }),
    );
    adapter = await startPopulationAdapter(
      {
        ...e2eAdapterEnv('population'),
        UPSTREAM_URL: simulatorUrl,
        LOG_LEVEL: 'fatal',
      },
      names,
    );
    await tap.connect();
    await tap.subscribe({ topic: names.deadLetterTopic, fromBeginning: true });
    await tap.run({ eachMessage: async ({ message }) => void deadLetters.push(message) });
  });

  afterAll(async () => {
    await adapter?.stop();
    await tap.disconnect();
    const topicAdmin = admin.admin();
    await topicAdmin.connect();
    await topicAdmin.deleteTopics({ topics: [names.requestTopic, names.deadLetterTopic] });
    await topicAdmin.disconnect();
    await revokeGrants?.();
    await simulator?.close();
  });

  it.each([AUDIT_TOPIC, callerReplyTopic(DOSSIER_CORE, 'checks')])(
    'dead-letters a request naming %s, with the reason, and produces nothing there',
    async (elsewhere) => {
      const { samples } = (await request(simulatorUrl).get('/_sim/population/samples?limit=1'))
        .body as { samples: Array<Record<string, string>> };
      const { personalId, fullName, dateOfBirth } = samples[0];
      const correlationId = randomUUID();
      const [before, askedBefore] = [await endOffsets(elsewhere), await upstreamRequests()];
      const producer = admin.producer();
      await producer.connect();
      await producer.send({
        topic: names.requestTopic,
        messages: [
          {
            key: personalId,
            value: JSON.stringify({
              operation: PopulationOperation.CitizenLookup,
              payload: { personalId, fullName, dateOfBirth },
            }),
            headers: {
              [KafkaHeader.CorrelationId]: correlationId,
              [KafkaHeader.ReplyTopic]: elsewhere,
              [KafkaHeader.Deadline]: String(Date.now() + 10_000),
              [KafkaHeader.Requester]: 'e2e-exfiltration',
              [KafkaHeader.OfficerId]: 'CB-0001',
              [KafkaHeader.ProcedureCode]: '1.001234',
            },
          },
        ],
      });
      await producer.disconnect();

      const mine = () =>
        deadLetters.find(
          ({ headers }) => String(headers?.[KafkaHeader.CorrelationId]) === correlationId,
        );
      const dead = await eventually(async () => mine(), Boolean);
      expect(String(dead?.headers?.[DEAD_LETTER_REASON_HEADER])).toBe(
        `reply topic "${elsewhere}" is not allowed: replies go only to topics starting with ${GATEWAY_REPLY_TOPIC_PREFIX}`,
      );
      // A reply would have been produced right after the dead letter; leave it time to show.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await endOffsets(elsewhere)).toEqual(before);
      expect(await upstreamRequests()).toBe(askedBefore);
    },
  );
});

const tlsBrokers = process.env.KAFKA_TLS_BROKERS;
// The local broker always has the listener; an external cluster's is named by KAFKA_TLS_BROKERS.
(tlsBrokers ? describe : describe.skip)('SASL over TLS', () => {
  const overTls = (env: NodeJS.ProcessEnv) =>
    new Kafka({
      clientId: 'e2e-security-tls',
      ...kafkaConnection(
        loadConfig(KafkaConfig, {
          ...principalKafkaEnv(GATEWAY_PRINCIPAL),
          KAFKA_BROKERS: tlsBrokers,
          KAFKA_SSL: 'true',
          ...env,
        }),
      ),
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });

  async function describeRequestTopics(kafka: Kafka): Promise<string[]> {
    const client = kafka.admin();
    try {
      await client.connect();
      const { topics } = await client.fetchTopicMetadata({ topics: SOURCES.map(requestTopic) });
      return topics.map(({ name }) => name).sort();
    } finally {
      await client.disconnect();
    }
  }

  it('serves a principal that trusts the locally generated test CA', async () => {
    const kafka = overTls({ KAFKA_SSL_CA_FILE: process.env.KAFKA_TLS_CA_FILE });
    expect(await describeRequestTopics(kafka)).toEqual(SOURCES.map(requestTopic).sort());
  });

  it('is refused by a client that does not trust that CA', async () => {
    await expect(describeRequestTopics(overTls({}))).rejects.toThrow(/certificate/);
  });
});

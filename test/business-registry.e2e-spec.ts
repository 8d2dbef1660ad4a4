import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  BusinessRegistryOperation,
  Enterprise,
  EnterpriseSearchPage,
  HEALTH_CHECK_OPERATION,
  KafkaHeader,
  Reply,
  SelfCheckResult,
} from '@interop/contracts';
import { RunningAdapter } from '@interop/adapter-kit';
import { Consumer, KafkaMessage, logLevel, Producer } from 'kafkajs';
import request from 'supertest';
import { startBusinessRegistryAdapter } from '../apps/business-registry-adapter/src/business-registry-adapter.bootstrap';
import { BusinessRegistrySamplesResponse } from '../apps/upstream-simulator/src/business-registry/business-registry-samples.dto';
import { adapterRunGrants, grantForRun, harnessKafka } from './support/kafka-clients';
import { startSimulator } from './support/simulator';
import { e2eAdapterEnv } from './support/test-access';

/**
 * The business registry end to end, with nothing replaced: a plain kafkajs requester → Kafka →
 * business-registry adapter → the simulator's REST API, and back.
 */
const API_KEY = 'e2e-business-registry-key';
const DEADLINE_MS = 5000;
const runId = randomUUID().slice(0, 8);
const kafka = harnessKafka(`e2e-business-registry-${runId}`, logLevel.ERROR);

/** Topics of this run only, so that it never meets the deployed adapters or another run. */
const namesFor = (instance: string) => ({
  requestTopic: `interop.e2e-br-${runId}-${instance}.requests`,
  deadLetterTopic: `interop.e2e-br-${runId}-${instance}.requests.dlq`,
  groupId: `e2e-br-${runId}-${instance}`,
});
const REPLY_TOPIC = `interop.e2e-br-${runId}.replies`;
const WITH_KEY = namesFor('with-key');
const WRONG_KEY = namesFor('wrong-key');

/** A requester as the Kafka contract describes one: headers in, reply matched by correlation id. */
class Requester {
  private readonly replies = new Map<string, KafkaMessage>();

  constructor(
    private readonly producer: Producer,
    private readonly consumer: Consumer,
  ) {}

  static async start(): Promise<Requester> {
    const producer = kafka.producer();
    const consumer = kafka.consumer({ groupId: `e2e-br-${runId}-requester` });
    await Promise.all([producer.connect(), consumer.connect()]);
    await consumer.subscribe({ topic: REPLY_TOPIC, fromBeginning: true });
    const requester = new Requester(producer, consumer);
    await consumer.run({
      eachMessage: async ({ message }) => {
        const id = message.headers?.[KafkaHeader.CorrelationId]?.toString();
        if (id) requester.replies.set(id, message);
      },
    });
    return requester;
  }

  async ask<T>(topic: string, operation: string, payload: object): Promise<Reply<T>> {
    const correlationId = randomUUID();
    await this.producer.send({
      topic,
      messages: [
        {
          key: 'subject',
          value: JSON.stringify({ operation, payload }),
          headers: {
            [KafkaHeader.CorrelationId]: correlationId,
            [KafkaHeader.ReplyTopic]: REPLY_TOPIC,
            [KafkaHeader.ReplyPartition]: '0',
            [KafkaHeader.Deadline]: String(Date.now() + DEADLINE_MS),
            [KafkaHeader.Requester]: 'e2e-dossier-core',
            [KafkaHeader.OfficerId]: 'CB-0001',
            [KafkaHeader.ProcedureCode]: '1.001234',
          },
        },
      ],
    });
    return JSON.parse(String((await this.replyTo(correlationId)).value)) as Reply<T>;
  }

  async stop(): Promise<void> {
    await Promise.all([this.producer.disconnect(), this.consumer.disconnect()]);
  }

  private async replyTo(correlationId: string): Promise<KafkaMessage> {
    const until = Date.now() + DEADLINE_MS + 5000;
    while (Date.now() < until) {
      const reply = this.replies.get(correlationId);
      if (reply) return reply;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no reply to ${correlationId} in time`);
  }
}

let simulator: NestExpressApplication;
let simulatorUrl: string;
let samples: BusinessRegistrySamplesResponse;
let requester: Requester;
let revokeGrants: (() => Promise<void>) | undefined;
const adapters: RunningAdapter[] = [];
const allTopics = [WITH_KEY, WRONG_KEY]
  .flatMap((names) => [names.requestTopic, names.deadLetterTopic])
  .concat(REPLY_TOPIC);

async function createTopics(): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: allTopics.map((topic) => ({ topic, numPartitions: 1 })),
    waitForLeaders: true,
  });
  await admin.disconnect();
}

async function deleteTopics(): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: allTopics }).catch(() => undefined);
  await admin.disconnect();
}

function startAdapter(names: typeof WITH_KEY, apiKey: string): Promise<RunningAdapter> {
  return startBusinessRegistryAdapter(
    {
      ...e2eAdapterEnv('business-registry'),
      REPLY_TOPIC_PREFIXES: REPLY_TOPIC,
      UPSTREAM_URL: simulatorUrl,
      UPSTREAM_API_KEY: apiKey,
      UPSTREAM_TIMEOUT_MS: '1500',
      LOG_LEVEL: 'error',
    },
    names,
  );
}

async function upstreamRequests(): Promise<number> {
  const { body } = await request(simulatorUrl).get('/_sim/stats/business-registry').expect(200);
  return body.requestsReceived;
}

const lookup = (enterpriseCode: string, on = WITH_KEY) =>
  requester.ask<Enterprise>(on.requestTopic, BusinessRegistryOperation.EnterpriseLookup, {
    enterpriseCode,
  });
const search = (payload: object) =>
  requester.ask<EnterpriseSearchPage>(
    WITH_KEY.requestTopic,
    BusinessRegistryOperation.EnterpriseSearch,
    payload,
  );

beforeAll(async () => {
  ({ app: simulator, url: simulatorUrl } = await startSimulator({
    BUSINESS_REGISTRY_API_KEY: API_KEY,
  }));
  samples = (await request(simulatorUrl).get('/_sim/business-registry/samples?limit=50')).body;
  await createTopics();
  revokeGrants = await grantForRun(
    kafka,
    [WITH_KEY, WRONG_KEY].flatMap((names) =>
      adapterRunGrants('business-registry', names, REPLY_TOPIC),
    ),
  );
  requester = await Requester.start();
  adapters.push(await startAdapter(WITH_KEY, API_KEY));
  adapters.push(await startAdapter(WRONG_KEY, 'not-the-key'));
});

afterAll(async () => {
  await Promise.all(adapters.map((adapter) => adapter.stop()));
  await requester?.stop();
  await simulator?.close();
  await deleteTopics();
  await revokeGrants?.();
});

describe('enterprise.lookup', () => {
  it('answers the simulator’s enterprise, mapped to the canonical model', async () => {
    const sample = samples.samples.find((candidate) => candidate.foreignName)!;
    const reply = await lookup(sample.enterpriseCode);
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));

    const { legalRepresentative } = sample;
    expect(reply.data).toEqual(
      expect.objectContaining({
        enterpriseCode: sample.enterpriseCode,
        names: {
          vietnamese: sample.name,
          foreign: sample.foreignName,
          ...(sample.shortName && { short: sample.shortName }),
        },
        type: sample.legalForm,
        status: sample.status,
        legalRepresentative: {
          personalId: legalRepresentative.personalId,
          fullName: legalRepresentative.fullName,
          position: legalRepresentative.position,
        },
        charterCapital: { amount: expect.any(Number), currency: 'VND' },
        establishedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    );
    expect(reply.data.registeredAddress.provinceName).toBe(sample.provinceName);
    expect(reply.data.businessLines.filter((line) => line.main)).toHaveLength(1);
    expect(reply.data.branches.map((branch) => branch.branchCode)).toEqual(sample.branchCodes);
    expect(reply.meta).toEqual(
      expect.objectContaining({ source: 'business-registry', cached: false }),
    );
  });

  it('answers a branch code with the enterprise it belongs to, the branch among its branches', async () => {
    const [{ branchCode, enterpriseCode, status }] = samples.branchSamples;
    const reply = await lookup(branchCode);
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    expect(reply.data.enterpriseCode).toBe(enterpriseCode);
    expect(reply.data.branches).toContainEqual(expect.objectContaining({ branchCode, status }));
  });

  it('answers NOT_FOUND for a valid code that belongs to no enterprise', async () => {
    const reply = await lookup(samples.unknownEnterpriseCodes[0]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', retryable: false } });
  });

  it('answers VALIDATION_FAILED for a code with a wrong check digit, without asking upstream', async () => {
    const code = samples.samples[0].enterpriseCode;
    const wrongCheck = code.slice(0, 9) + String((Number(code[9]) + 1) % 10);
    const before = await upstreamRequests();
    const reply = await lookup(wrongCheck);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await upstreamRequests()).toBe(before);
  });
});

describe('enterprise.search', () => {
  const TERM = 'xay dung';

  it('answers a page of matches with the total, the same as the registry counts', async () => {
    const direct = await request(simulatorUrl)
      .get('/business-registry/api/v1/doanh-nghiep')
      .query({ ten: TERM, maDonVi: 'e2e', maCanBo: 'CB-0001', maThuTuc: '1.001234' })
      .set('X-API-Key', API_KEY)
      .expect(200);
    const reply = await search({ name: TERM, pageSize: 5 });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    expect(reply.data).toEqual(
      expect.objectContaining({ page: 1, pageSize: 5, total: direct.body.tongSoBanGhi }),
    );
    expect(reply.data.total).toBeGreaterThan(10);
    expect(reply.data.items).toHaveLength(5);
    expect(reply.data.items[0]).toEqual({
      enterpriseCode: expect.stringMatching(/^\d{10}$/),
      names: expect.objectContaining({ vietnamese: expect.stringMatching(/Xây dựng/i) }),
      type: expect.any(String),
      status: expect.any(String),
      establishedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      provinceName: expect.any(String),
    });
  });

  it('answers page 2 with the next matches', async () => {
    const [first, second] = await Promise.all([
      search({ name: TERM, page: 1, pageSize: 5 }),
      search({ name: TERM, page: 2, pageSize: 5 }),
    ]);
    if (!first.ok || !second.ok) throw new Error('a search page failed');
    expect(second.data).toEqual(expect.objectContaining({ page: 2, total: first.data.total }));
    const codes = (page: EnterpriseSearchPage) => page.items.map((item) => item.enterpriseCode);
    expect(codes(second.data)).toHaveLength(5);
    expect(codes(second.data).filter((code) => codes(first.data).includes(code))).toEqual([]);
  });

  it('answers VALIDATION_FAILED for a page larger than 50', async () => {
    const reply = await search({ name: TERM, pageSize: 51 });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field: 'payload.pageSize' })],
      },
    });
  });
});

describe('with an API key the registry does not accept', () => {
  it('answers FORBIDDEN, saying the key was rejected', async () => {
    const reply = await lookup(samples.samples[0].enterpriseCode, WRONG_KEY);
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', retryable: false } });
    expect(!reply.ok && reply.error.message).toMatch(/rejected the gateway's API key/);
  });

  it('reports itself unhealthy, and why', async () => {
    const reply = await requester.ask<SelfCheckResult>(
      WRONG_KEY.requestTopic,
      HEALTH_CHECK_OPERATION,
      {},
    );
    expect(reply).toMatchObject({
      ok: true,
      data: { healthy: false, detail: expect.stringContaining('FORBIDDEN') },
    });
  });
});

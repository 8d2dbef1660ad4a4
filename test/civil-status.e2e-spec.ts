import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Consumer, KafkaMessage, logLevel, Producer } from 'kafkajs';
import request from 'supertest';
import {
  CivilStatusOperation,
  ErrorCode,
  HEALTH_CHECK_OPERATION,
  KafkaHeader,
  Reply,
} from '@interop/contracts';
import { KafkaNames, RunningAdapter } from '@interop/adapter-kit';
import { startCivilStatusAdapter } from '../apps/civil-status-adapter/src/civil-status-adapter.bootstrap';
import {
  CivilStatusSample,
  CivilStatusSamplesResponse,
  SampleKind,
} from '../apps/upstream-simulator/src/civil-status/admin/civil-status-samples.dto';
import { adapterRunGrants, grantForRun, harnessKafka } from './support/kafka-clients';
import { startSimulator } from './support/simulator';
import { e2eAdapterEnv } from './support/test-access';

/**
 * The civil-status adapter on the real broker, against the simulator's OAuth2-protected REST
 * service, driven by a plain kafkajs requester: every lookup, and the token's life cycle.
 */
const CLIENT = { id: 'e2e-h40-client', secret: 'e2e-h40-secret' };
/** Short, so that a case can outlive a token. */
const TOKEN_TTL_SECONDS = 3;
const DEADLINE_MS = 4000;

const runId = randomUUID().slice(0, 8);
const kafka = harnessKafka(`e2e-civil-status-${runId}`, logLevel.ERROR);
const replyTopic = `interop.e2e-civil-status-${runId}.replies`;

/** Topics and group of one adapter instance of this run, apart from any deployed adapter. */
function kafkaNames(instance: string): KafkaNames {
  const prefix = `interop.e2e-civil-status-${runId}.${instance}`;
  return {
    requestTopic: `${prefix}.requests`,
    deadLetterTopic: `${prefix}.requests.dlq`,
    groupId: prefix,
  };
}

let simulator: NestExpressApplication;
let simulatorUrl: string;
let producer: Producer;
let replies: Consumer;
const waiting = new Map<string, (message: KafkaMessage) => void>();
const adapters: RunningAdapter[] = [];
const topics: string[] = [];
const revokeGrants: Array<() => Promise<void>> = [];

async function startAdapter(instance: string, env: NodeJS.ProcessEnv = {}): Promise<KafkaNames> {
  const names = kafkaNames(instance);
  await createTopics([names.requestTopic, names.deadLetterTopic]);
  revokeGrants.push(await grantForRun(kafka, adapterRunGrants('civil-status', names, replyTopic)));
  const adapter = await startCivilStatusAdapter(
    {
      ...e2eAdapterEnv('civil-status'),
      REPLY_TOPIC_PREFIXES: replyTopic,
      UPSTREAM_URL: simulatorUrl,
      UPSTREAM_CLIENT_ID: CLIENT.id,
      UPSTREAM_CLIENT_SECRET: CLIENT.secret,
      UPSTREAM_TIMEOUT_MS: '1000',
      UPSTREAM_RETRY_BASE_MS: '20',
      LOG_LEVEL: 'error',
      ...env,
    },
    names,
  );
  adapters.push(adapter);
  return names;
}

async function createTopics(names: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: names.map((topic) => ({ topic, numPartitions: 1 })),
    waitForLeaders: true,
  });
  await admin.disconnect();
  topics.push(...names);
}

/** A request as the contract describes it, the reply matched by correlation id. */
async function ask(to: KafkaNames, operation: string, payload: object): Promise<Reply<unknown>> {
  const correlationId = randomUUID();
  const reply = replyTo(correlationId, operation);
  await producer.send({
    topic: to.requestTopic,
    messages: [
      {
        key: 'personalId' in payload ? String(payload.personalId) : undefined,
        value: JSON.stringify({ operation, payload }),
        headers: {
          [KafkaHeader.CorrelationId]: correlationId,
          [KafkaHeader.ReplyTopic]: replyTopic,
          [KafkaHeader.ReplyPartition]: '0',
          [KafkaHeader.Deadline]: String(Date.now() + DEADLINE_MS),
          [KafkaHeader.Requester]: 'e2e-dossier-core',
          [KafkaHeader.OfficerId]: 'CB-0001',
          [KafkaHeader.ProcedureCode]: '1.001193',
          [KafkaHeader.DossierId]: 'HS-2026-000321',
        },
      },
    ],
  });
  return JSON.parse(String((await reply).value)) as Reply<unknown>;
}

/** The reply carrying `correlationId`, or a failure well after the request's deadline. */
function replyTo(correlationId: string, operation: string): Promise<KafkaMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(correlationId);
      reject(new Error(`no reply to ${operation} within the deadline`));
    }, DEADLINE_MS + 5000);
    waiting.set(correlationId, (message) => {
      clearTimeout(timer);
      resolve(message);
    });
  });
}

async function samplesOf(kind: SampleKind, limit = 50): Promise<CivilStatusSamplesResponse> {
  return (await request(simulatorUrl).get(`/_sim/civil-status/samples?kind=${kind}&limit=${limit}`))
    .body;
}

/** Requests the civil-status service received while `work` ran. */
async function upstreamRequestsDuring(work: () => Promise<unknown>): Promise<number> {
  const count = async () =>
    (await request(simulatorUrl).get('/_sim/stats/civil-status')).body.requestsReceived as number;
  const before = await count();
  await work();
  return (await count()) - before;
}

/** PersonalIdQueryDto: the contract refuses any other property. */
const queryOf = ({ personalId }: CivilStatusSample) => ({ personalId });

function expectError(reply: Reply<unknown>, code: ErrorCode) {
  expect(reply).toMatchObject({ ok: false, error: { code } });
  return (reply as Extract<Reply<unknown>, { ok: false }>).error;
}

function dataOf(reply: Reply<unknown>): Record<string, unknown> {
  if (!reply.ok) throw new Error(`expected data, got ${reply.error.code}: ${reply.error.message}`);
  expect(reply.meta).toMatchObject({ source: 'civil-status', cached: false });
  return reply.data as Record<string, unknown>;
}

let adapter: KafkaNames;
let births: CivilStatusSample[];
let unknownPersonalId: string;

beforeAll(async () => {
  ({ app: simulator, url: simulatorUrl } = await startSimulator({
    CIVIL_STATUS_CLIENT_ID: CLIENT.id,
    CIVIL_STATUS_CLIENT_SECRET: CLIENT.secret,
    CIVIL_STATUS_TOKEN_TTL_SECONDS: String(TOKEN_TTL_SECONDS),
  }));
  const birthSamples = await samplesOf('birth');
  births = birthSamples.samples;
  [unknownPersonalId] = birthSamples.unknownPersonalIds;

  await createTopics([replyTopic]);
  producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  replies = kafka.consumer({ groupId: `${replyTopic}.listener` });
  await replies.connect();
  await replies.subscribe({ topic: replyTopic, fromBeginning: true });
  await replies.run({
    eachMessage: async ({ message }) => {
      const correlationId = message.headers?.[KafkaHeader.CorrelationId]?.toString() ?? '';
      waiting.get(correlationId)?.(message);
      waiting.delete(correlationId);
    },
  });
  adapter = await startAdapter('main');
});

afterEach(async () => {
  await request(simulatorUrl).delete('/_sim/faults/civil-status').expect(204);
});

afterAll(async () => {
  for (const running of adapters) await running.stop();
  await Promise.all([producer?.disconnect(), replies?.disconnect()]);
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics });
  await admin.disconnect();
  for (const revoke of revokeGrants) await revoke();
  await simulator?.close();
});

describe('civil-status lookups over Kafka', () => {
  it('answers birth.lookup with the registration, mapped to the canonical model', async () => {
    const [person] = births;
    const data = dataOf(await ask(adapter, CivilStatusOperation.BirthLookup, queryOf(person)));
    expect(data).toEqual(
      expect.objectContaining({
        registrationNumber: expect.stringMatching(/^\d+$/),
        book: expect.stringMatching(/^\d{2}\/\d{4}$/),
        registeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        authority: { code: expect.any(String), name: expect.stringMatching(/^UBND (phường|xã) /) },
        child: expect.objectContaining({
          personalId: person.personalId,
          fullName: person.fullName,
          dateOfBirth: person.dateOfBirth,
        }),
      }),
    );
  });

  it('answers marriage.lookup with current and past marriages, newest first', async () => {
    const { samples } = await samplesOf('marriage', 300);
    const remarried = samples.find((sample) => sample.marriages > 1)!;
    const data = dataOf(
      await ask(adapter, CivilStatusOperation.MarriageLookup, queryOf(remarried)),
    );
    expect(data.personalId).toBe(remarried.personalId);
    expect(data.marriages).toEqual([
      expect.objectContaining({
        status: remarried.maritalStatus === 'married' ? 'current' : 'ended',
      }),
      expect.objectContaining({ status: 'ended', endReason: 'divorce' }),
    ]);
  });

  it('answers death.lookup with the registration of the death', async () => {
    const [deceased] = (await samplesOf('death', 1)).samples;
    const data = dataOf(await ask(adapter, CivilStatusOperation.DeathLookup, queryOf(deceased)));
    expect(data).toMatchObject({
      deceased: { personalId: deceased.personalId, fullName: deceased.fullName },
      dateOfDeath: deceased.dateOfDeath,
    });
  });

  it('answers marital-status.lookup as civil status records it, even where the population differs', async () => {
    const [person] = (await samplesOf('marital-status-mismatch', 1)).samples;
    const data = dataOf(
      await ask(adapter, CivilStatusOperation.MaritalStatusLookup, queryOf(person)),
    );
    expect(data).toEqual({
      personalId: person.personalId,
      maritalStatus: 'divorced',
      basedOn: expect.stringContaining('Ly hôn'),
    });
    expect(person.populationMaritalStatus).toBe('married');
  });

  it.each(Object.values(CivilStatusOperation))(
    'answers %s for an identification number of nobody with NOT_FOUND',
    async (operation) => {
      const error = expectError(
        await ask(adapter, operation, { personalId: unknownPersonalId }),
        ErrorCode.NotFound,
      );
      expect(error.retryable).toBe(false);
    },
  );

  it('reports itself healthy through health.check', async () => {
    const data = dataOf(await ask(adapter, HEALTH_CHECK_OPERATION, {}));
    expect(data).toMatchObject({ healthy: true, circuitOpen: false });
  });
});

describe('the access token over its life', () => {
  const lookUpBirth = () => ask(adapter, CivilStatusOperation.BirthLookup, queryOf(births[1]));

  it('renews a token refused as expired once, unseen by the requester', async () => {
    dataOf(await lookUpBirth());
    await request(simulatorUrl).post('/_sim/civil-status/tokens/expire').send({ calls: 1 });
    let reply: Reply<unknown> | undefined;
    // The refused call, the new token, the call again.
    expect(await upstreamRequestsDuring(async () => (reply = await lookUpBirth()))).toBe(3);
    dataOf(reply!);
  });

  it('replaces revoked tokens without the requester noticing, then keeps the new one', async () => {
    dataOf(await lookUpBirth());
    await request(simulatorUrl).post('/_sim/civil-status/tokens/revoke').expect(204);
    dataOf(await lookUpBirth());
    expect(await upstreamRequestsDuring(lookUpBirth)).toBe(1);
  });

  it('renews a token shortly before it expires, before the service can refuse it', async () => {
    dataOf(await lookUpBirth());
    await sleep(TOKEN_TTL_SECONDS * 1000);
    let reply: Reply<unknown> | undefined;
    // The new token, then the call: no refused call first.
    expect(await upstreamRequestsDuring(async () => (reply = await lookUpBirth()))).toBe(2);
    dataOf(reply!);
  });

  it('gives up with FORBIDDEN when the renewed token is refused too', async () => {
    dataOf(await lookUpBirth());
    await request(simulatorUrl).post('/_sim/civil-status/tokens/expire').send({ calls: 2 });
    const error = expectError(await lookUpBirth(), ErrorCode.Forbidden);
    expect(error).toMatchObject({
      retryable: false,
      message: expect.stringMatching(/credentials/),
    });
  });

  it('answers a wrong client secret with a clear FORBIDDEN, never calling the API', async () => {
    const misconfigured = await startAdapter('bad-secret', {
      UPSTREAM_CLIENT_SECRET: 'rotated-away',
    });
    await request(simulatorUrl).post('/_sim/civil-status/tokens/revoke').expect(204);
    let reply: Reply<unknown> | undefined;
    const requests = await upstreamRequestsDuring(
      async () =>
        (reply = await ask(misconfigured, CivilStatusOperation.BirthLookup, queryOf(births[2]))),
    );
    expect(expectError(reply!, ErrorCode.Forbidden)).toEqual({
      code: ErrorCode.Forbidden,
      message: 'the token endpoint refused the client (invalid_client)',
      retryable: false,
      details: { oauthError: 'invalid_client' },
    });
    expect(requests).toBe(1);
    const health = dataOf(await ask(misconfigured, HEALTH_CHECK_OPERATION, {}));
    expect(health).toMatchObject({
      healthy: false,
      detail: expect.stringContaining('invalid_client'),
    });
  });

  it('answers RATE_LIMITED at once while the quota is exhausted', async () => {
    dataOf(await lookUpBirth());
    await request(simulatorUrl).put('/_sim/faults/civil-status').send({ quotaExhausted: true });
    const started = Date.now();
    expectError(await lookUpBirth(), ErrorCode.RateLimited);
    // Retry-After (60 s) is beyond the deadline: waiting for it would be for nothing.
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

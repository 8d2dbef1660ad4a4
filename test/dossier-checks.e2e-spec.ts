import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  adapterGroupId,
  callerGroupIdPrefix,
  callerReplyTopic,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  INTAKE_DEAD_LETTER_TOPIC,
  intakeTopic,
  KafkaHeader,
  SourceName,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import { Producer } from 'kafkajs';
import request from 'supertest';
import { startBusinessRegistryAdapter } from '../apps/business-registry-adapter/src/business-registry-adapter.bootstrap';
import { startCivilStatusAdapter } from '../apps/civil-status-adapter/src/civil-status-adapter.bootstrap';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { startPopulationAdapter } from '../apps/population-adapter/src/population-adapter.bootstrap';
import {
  BusinessRegistrySamplesResponse,
  EnterpriseSample,
} from '../apps/upstream-simulator/src/business-registry/business-registry-samples.dto';
import {
  CivilStatusSample,
  CivilStatusSamplesResponse,
} from '../apps/upstream-simulator/src/civil-status/admin/civil-status-samples.dto';
import { RequestRecorder, sentFor } from './support/gateway-request-messages';
import { harnessKafka, principalKafka } from './support/kafka-clients';
import { startSimulator } from './support/simulator';
import { e2eAccess, e2eAdapterEnv, e2eAuth } from './support/test-access';
import { TopicTap } from './support/topic-tap';

/**
 * Dossier checks through the whole system, with nothing replaced: HTTP or a plain Kafka client
 * standing in for the dossier core → gateway → Kafka → the three real adapters → the simulator's
 * three databases, and back. The discrepancies are the simulator's known inconsistencies.
 */
const DEADLINE_MS = 3000;
const CHECKS = '/v1/dossier-checks';
const PROCEDURE = '1.001234';
const PURPOSE = {
  ...e2eAuth(),
  'X-Requester': 'e2e-dossier-core',
  'X-Officer-Id': 'CB-0001',
  'X-Procedure-Code': PROCEDURE,
};
const DATABASES: SourceName[] = ['population', 'civil-status', 'business-registry'];

const DOSSIER_CORE = 'dossier-core';
const kafka = harnessKafka('e2e-dossier-checks');
const run = randomUUID().slice(0, 8);

type RunningAdapter = Awaited<ReturnType<typeof startPopulationAdapter>>;

let simulator: NestExpressApplication;
let simulatorUrl: string;
let adapters: RunningAdapter[] = [];
let gateway: INestApplication;

interface Applicant {
  personalId: string;
  fullName: string;
  dateOfBirth: string;
  gender?: string;
  permanentAddress?: { provinceCode: string; communeCode: string };
}

/** Known people of the synthetic population, each picked for what it shows. */
const people = {} as {
  /** A legal representative of an active enterprise, with nothing inconsistent about them. */
  representative: Applicant & { maritalStatus: string };
  enterprise: EnterpriseSample;
  /** Named one way by the population register, another by the civil-status birth register. */
  nameMismatch: CivilStatusSample;
  /** Divorced in the civil-status register, still married in the population's. */
  maritalMismatch: CivilStatusSample;
};

async function simulatorGet<T>(path: string): Promise<T> {
  return (await request(simulatorUrl).get(path).expect(200)).body as T;
}

function injectFault(database: SourceName, settings: object) {
  return request(simulatorUrl).put(`/_sim/faults/${database}`).send(settings).expect(200);
}

function clearFaults() {
  return Promise.all(
    DATABASES.map((database) =>
      request(simulatorUrl).delete(`/_sim/faults/${database}`).expect(204),
    ),
  );
}

function check(body: object, headers: Record<string, string> = {}) {
  return request(gateway.getHttpServer())
    .post(CHECKS)
    .set({ ...PURPOSE, ...headers })
    .send(body);
}

function dossier(applicant: Applicant, claims: object = {}) {
  return {
    dossierId: `HS-${run}-${randomUUID().slice(0, 6)}`,
    procedureCode: PROCEDURE,
    applicant,
    ...claims,
  };
}

function identityOf(sample: {
  personalId: string;
  fullName: string;
  dateOfBirth: string;
}): Applicant {
  return {
    personalId: sample.personalId,
    fullName: sample.fullName,
    dateOfBirth: sample.dateOfBirth,
  };
}

const adapterEnv = (source: SourceName, extra: Record<string, string>) => ({
  ...e2eAdapterEnv(source),
  UPSTREAM_TIMEOUT_MS: '1000',
  UPSTREAM_RETRY_BASE_MS: '20',
  // The outage case must not leave an open circuit behind for the cases after it.
  CIRCUIT_RESET_MS: '200',
  LOG_LEVEL: 'warn',
  ...extra,
});

async function startAdapters(): Promise<RunningAdapter[]> {
  const group = (source: SourceName) => ({
    groupId: `${adapterGroupId(source)}.e2e-dossier-checks-${run}`,
  });
  return Promise.all([
    startPopulationAdapter(
      adapterEnv('population', { UPSTREAM_URL: simulatorUrl }),
      group('population'),
    ),
    startCivilStatusAdapter(
      adapterEnv('civil-status', { UPSTREAM_URL: simulatorUrl }),
      group('civil-status'),
    ),
    startBusinessRegistryAdapter(
      adapterEnv('business-registry', { UPSTREAM_URL: simulatorUrl }),
      group('business-registry'),
    ),
  ]);
}

/** A representative whose population record is consistent with civil status, with gender and address. */
async function pickRepresentative(): Promise<void> {
  const registry = await simulatorGet<BusinessRegistrySamplesResponse>(
    '/_sim/business-registry/samples?status=active&limit=50',
  );
  const mismatches = await simulatorGet<CivilStatusSamplesResponse>(
    '/_sim/civil-status/samples?kind=marital-status-mismatch&limit=1000',
  );
  const inconsistent = new Set(mismatches.samples.map((sample) => sample.personalId));
  people.enterprise = registry.samples.find(
    (enterprise) => !inconsistent.has(enterprise.legalRepresentative.personalId),
  )!;
  const identity = identityOf(people.enterprise.legalRepresentative);
  const record = await request(gateway.getHttpServer())
    .post('/v1/population/citizen-lookups')
    .set(PURPOSE)
    .send(identity)
    .expect(200);
  const { gender, permanentAddress, maritalStatus } = record.body.data;
  people.representative = {
    ...identity,
    gender,
    permanentAddress: {
      provinceCode: permanentAddress.provinceCode,
      communeCode: permanentAddress.communeCode,
    },
    maritalStatus,
  };
}

async function pickInconsistencies(): Promise<void> {
  const names = await simulatorGet<CivilStatusSamplesResponse>(
    '/_sim/civil-status/samples?kind=name-mismatch&limit=50',
  );
  people.nameMismatch = names.samples.find((sample) => sample.populationFullName)!;
  const statuses = await simulatorGet<CivilStatusSamplesResponse>(
    '/_sim/civil-status/samples?kind=marital-status-mismatch&limit=50',
  );
  people.maritalMismatch = statuses.samples.find((sample) => sample.maritalStatus)!;
}

beforeAll(async () => {
  ({ app: simulator, url: simulatorUrl } = await startSimulator());
  adapters = await startAdapters();
  gateway = await createGatewayApp({
    ...principalKafkaEnv(GATEWAY_PRINCIPAL),
    GATEWAY_PORT: '0',
    REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-dossier-checks-${run}`,
    ...e2eAccess().env,
    LOG_LEVEL: 'warn',
  });
  await pickRepresentative();
  await pickInconsistencies();
}, 120_000);

afterEach(() => clearFaults());

afterAll(async () => {
  await gateway?.close();
  await Promise.all(adapters.map((adapter) => adapter.stop()));
  await simulator?.close();
});

describe('POST /v1/dossier-checks', () => {
  it('answers VERIFIED for a dossier whose every claim matches, with each source and no record', async () => {
    const { maritalStatus, ...applicant } = people.representative;
    const body = dossier(applicant, {
      maritalStatus,
      enterprise: {
        enterpriseCode: people.enterprise.enterpriseCode,
        name: people.enterprise.name,
      },
    });
    const response = await check(body).expect(200);

    expect(response.body.data).toEqual({
      dossierId: body.dossierId,
      procedureCode: PROCEDURE,
      verdict: 'VERIFIED',
      checkedAt: expect.any(String),
      claims: {
        applicant: {
          source: 'population',
          verdict: 'MATCH',
          fetchedAt: expect.any(String),
          fields: {
            fullName: { verdict: 'MATCH' },
            dateOfBirth: expect.objectContaining({ verdict: 'MATCH' }),
            gender: { verdict: 'MATCH' },
            permanentAddress: { verdict: 'MATCH' },
          },
        },
        maritalStatus: {
          source: 'civil-status',
          verdict: 'MATCH',
          fetchedAt: expect.any(String),
          fields: { maritalStatus: { verdict: 'MATCH' } },
        },
        enterprise: {
          source: 'business-registry',
          verdict: 'MATCH',
          fetchedAt: expect.any(String),
          fields: {
            enterpriseCode: { verdict: 'MATCH' },
            name: { verdict: 'MATCH' },
            legalRepresentative: {
              verdict: 'MATCH',
              reason: 'the applicant is the registered legal representative',
            },
          },
        },
      },
    });
    expect(response.body.meta).toEqual({
      requestId: expect.any(String),
      durationMs: expect.any(Number),
    });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(people.enterprise.legalRepresentative.position);
    expect(text).not.toContain(people.enterprise.provinceName);
  });

  it('finds a name the civil-status birth register writes differently from the population', async () => {
    const { nameMismatch } = people;
    // The applicant copied the name from the birth certificate.
    const response = await check(dossier(identityOf(nameMismatch))).expect(200);

    expect(response.body.data.verdict).toBe('DISCREPANCIES');
    expect(response.body.data.claims.applicant).toEqual(
      expect.objectContaining({
        verdict: 'MISMATCH',
        fields: {
          fullName: {
            verdict: 'MISMATCH',
            reason: expect.stringContaining('does not confirm this name'),
          },
          dateOfBirth: { verdict: 'MATCH' },
        },
      }),
    );
    const asRegistered = {
      ...identityOf(nameMismatch),
      fullName: nameMismatch.populationFullName!,
    };
    const consistent = await check(dossier(asRegistered)).expect(200);
    expect(consistent.body.data.verdict).toBe('VERIFIED');
  });

  it('finds a name claimed without its diacritics, and says so', async () => {
    const { representative, enterprise } = people;
    const stripped = (text: string) =>
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D');
    const response = await check(
      dossier(
        { ...identityOf(representative), fullName: stripped(representative.fullName) },
        {
          enterprise: {
            enterpriseCode: enterprise.enterpriseCode,
            name: stripped(enterprise.name),
          },
        },
      ),
    ).expect(200);

    const { applicant, enterprise: enterpriseCheck } = response.body.data.claims;
    expect(applicant.fields.fullName).toEqual({
      verdict: 'MISMATCH',
      reason: expect.stringContaining('the claimed name carries no diacritics at all'),
    });
    expect(enterpriseCheck.fields.name).toEqual({
      verdict: 'MISMATCH',
      difference: 'diacritics',
      reason: 'differs from the registered name only in diacritics',
    });
    expect(response.body.data.verdict).toBe('DISCREPANCIES');
  });

  it('finds a marital status the civil-status register disagrees with', async () => {
    const { maritalMismatch } = people;
    const applicant = {
      ...identityOf(maritalMismatch),
      fullName: maritalMismatch.populationFullName!,
    };
    // The applicant declares what the population register still says.
    const response = await check(
      dossier(applicant, { maritalStatus: maritalMismatch.populationMaritalStatus }),
    ).expect(200);

    expect(response.body.data.verdict).toBe('DISCREPANCIES');
    expect(response.body.data.claims.applicant.verdict).toBe('MATCH');
    expect(response.body.data.claims.maritalStatus).toEqual({
      source: 'civil-status',
      verdict: 'MISMATCH',
      fetchedAt: expect.any(String),
      fields: {
        maritalStatus: {
          verdict: 'MISMATCH',
          reason: 'the civil-status register records another marital status',
        },
      },
    });
  });

  it('finds an enterprise whose legal representative is someone else', async () => {
    const { maritalMismatch, enterprise } = people;
    const applicant = {
      ...identityOf(maritalMismatch),
      fullName: maritalMismatch.populationFullName!,
    };
    const implied = await check(
      dossier(applicant, { enterprise: { enterpriseCode: enterprise.enterpriseCode } }),
    ).expect(200);
    expect(implied.body.data.verdict).toBe('DISCREPANCIES');
    expect(implied.body.data.claims.enterprise.fields.legalRepresentative).toEqual({
      verdict: 'MISMATCH',
      reason: 'the registered legal representative is not the applicant',
    });

    const declared = await check(
      dossier(applicant, {
        enterprise: {
          enterpriseCode: enterprise.enterpriseCode,
          legalRepresentativePersonalId: maritalMismatch.personalId,
        },
      }),
    ).expect(200);
    expect(declared.body.data.claims.enterprise.fields.legalRepresentative.verdict).toBe(
      'MISMATCH',
    );
  });

  it('answers INCOMPLETE, the other claims still checked, while a source is in outage', async () => {
    await injectFault('business-registry', { outage: true });
    const { maritalStatus, ...applicant } = people.representative;
    const started = Date.now();
    const response = await check(
      dossier(applicant, {
        maritalStatus,
        enterprise: { enterpriseCode: people.enterprise.enterpriseCode },
      }),
    ).expect(200);

    expect(Date.now() - started).toBeLessThan(DEADLINE_MS);
    const { verdict, claims } = response.body.data;
    expect(verdict).toBe('INCOMPLETE');
    expect(claims.applicant.verdict).toBe('MATCH');
    expect(claims.maritalStatus.verdict).toBe('MATCH');
    expect(claims.enterprise).toEqual({
      source: 'business-registry',
      verdict: 'UNAVAILABLE',
      reason: expect.any(String),
      errorCode: 'SOURCE_UNAVAILABLE',
      fields: {
        enterpriseCode: { verdict: 'UNAVAILABLE' },
        legalRepresentative: { verdict: 'UNAVAILABLE' },
      },
    });
  });

  it('answers 400, naming each field, for a malformed dossier or one the headers contradict', async () => {
    const bad = await check({
      dossierId: 'HS-1',
      procedureCode: PROCEDURE,
      applicant: { personalId: '1' },
    }).expect(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(
      expect.arrayContaining([
        'applicant.personalId',
        'applicant.fullName',
        'applicant.dateOfBirth',
      ]),
    );
    const contradicted = await check(dossier(identityOf(people.representative)), {
      'X-Procedure-Code': '1.001193',
    }).expect(400);
    expect(contradicted.body.error.details).toEqual([
      {
        field: 'procedureCode',
        message: 'procedureCode must be the one in header x-procedure-code',
      },
    ]);
  });

  it('takes about as long as its slowest source, not the sum of all three', async () => {
    await injectFault('population', { latencyMs: 200 });
    await injectFault('civil-status', { latencyMs: 100 });
    await injectFault('business-registry', { latencyMs: 50 });
    const identity = identityOf(people.representative);
    const body = dossier(identity, {
      maritalStatus: people.representative.maritalStatus,
      enterprise: { enterpriseCode: people.enterprise.enterpriseCode },
    });
    const verifyAlone = () =>
      request(gateway.getHttpServer())
        .post('/v1/population/citizen-verifications')
        .set(PURPOSE)
        .send(identity)
        .expect(200);
    const slowest = await medianMs(verifyAlone);
    const whole = await medianMs(() => check(body).expect(200));

    console.info(
      `dossier check (3 sources at 200/100/50 ms): median ${whole} ms; ` +
        `population verification alone (200 ms): median ${slowest} ms`,
    );
    // Asked one after the other, the three sources could not answer in less than 350 ms.
    expect(whole).toBeLessThan(350);
    // The injected latency took effect: otherwise the comparison says nothing.
    expect(slowest).toBeGreaterThanOrEqual(150);
  });
});

describe('dossier checks over Kafka, with a plain Kafka client as the dossier core', () => {
  // The dossier core's own principal: it may write its intake and read its own replies only.
  const dossierCore = principalKafka(DOSSIER_CORE, 'e2e-dossier-core');
  const replyTopic = callerReplyTopic(DOSSIER_CORE, `e2e-${run}`);
  let producer: Producer;
  let replies: TopicTap;
  let deadLetters: TopicTap;
  let recorders: RequestRecorder[];

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: replyTopic, numPartitions: 1 }],
      waitForLeaders: true,
    });
    await admin.disconnect();
    producer = dossierCore.producer();
    await producer.connect();
    const since = Date.now();
    replies = await TopicTap.start(
      dossierCore,
      replyTopic,
      since,
      callerGroupIdPrefix(DOSSIER_CORE),
    );
    deadLetters = await TopicTap.start(kafka, INTAKE_DEAD_LETTER_TOPIC, since);
    recorders = await Promise.all(
      DATABASES.map((source) => RequestRecorder.start(kafka, source, since)),
    );
  });

  afterAll(async () => {
    await Promise.all([...recorders, replies, deadLetters].map((tap) => tap?.stop()));
    await producer?.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [replyTopic] });
    await admin.disconnect();
  });

  function headersFor(correlationId: string, overrides: Record<string, string> = {}) {
    return {
      [KafkaHeader.CorrelationId]: correlationId,
      [KafkaHeader.ReplyTopic]: replyTopic,
      [KafkaHeader.ReplyPartition]: '0',
      [KafkaHeader.Deadline]: String(Date.now() + DEADLINE_MS),
      [KafkaHeader.Requester]: DOSSIER_CORE,
      [KafkaHeader.OfficerId]: 'CB-0001',
      [KafkaHeader.ProcedureCode]: PROCEDURE,
      ...overrides,
    };
  }

  /** A check on the dossier core's intake: the check request is the payload of the message. */
  async function send(key: string, payload: string, headers: Record<string, string>) {
    const value = `{"target":"dossier-checks","operation":"check","payload":${payload}}`;
    await producer.send({
      topic: intakeTopic(DOSSIER_CORE),
      messages: [{ key, value, headers }],
    });
  }

  async function repliesTo(correlationId: string, count: number) {
    const messages = await replies.withCorrelationId(correlationId, count);
    return messages.map((reply) => JSON.parse(String(reply.value)));
  }

  it('answers a check request on the requester’s reply topic, in the reply envelope', async () => {
    const { maritalStatus, ...applicant } = people.representative;
    const body = dossier(applicant, {
      maritalStatus,
      enterprise: { enterpriseCode: people.enterprise.enterpriseCode },
    });
    const correlationId = `check-${randomUUID()}`;
    await send(
      body.dossierId,
      JSON.stringify(body),
      headersFor(correlationId, { [KafkaHeader.DossierId]: body.dossierId }),
    );

    const [reply] = await repliesTo(correlationId, 1);
    expect(reply).toEqual({
      ok: true,
      data: expect.objectContaining({ dossierId: body.dossierId, verdict: 'VERIFIED' }),
      meta: { cached: false, durationMs: expect.any(Number) },
    });
    expect(Object.keys(reply.data.claims)).toEqual(['applicant', 'maritalStatus', 'enterprise']);
  });

  it('answers a redelivered check request alike, and asks each source only once', async () => {
    const { maritalStatus, ...applicant } = people.representative;
    const body = dossier(identityOf(applicant), {
      maritalStatus,
      enterprise: { enterpriseCode: people.enterprise.enterpriseCode },
    });
    const correlationId = `check-${randomUUID()}`;
    const value = JSON.stringify(body);
    const headers = headersFor(correlationId);
    await send(body.dossierId, value, headers);
    await send(body.dossierId, value, headers);

    const [first, second] = await repliesTo(correlationId, 2);
    expect(second.data).toEqual(first.data);
    expect([first.meta.cached, second.meta.cached].sort()).toEqual([false, true]);
    // Leave time for any second round of source requests to show up, then count them.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const asked = recorders.map((recorder) => recorder.records.filter(sentFor(correlationId)));
    expect(asked.map((records) => records.map((record) => record.operation))).toEqual([
      ['citizen.verify'],
      ['marital-status.lookup'],
      ['enterprise.lookup'],
    ]);
  });

  it('refuses, as over HTTP, the claims whose source its procedure does not use', async () => {
    const { maritalStatus, ...applicant } = people.representative;
    const body = {
      ...dossier(identityOf(applicant), { maritalStatus }),
      procedureCode: '1.001612',
    };
    const correlationId = `check-${randomUUID()}`;
    await send(
      body.dossierId,
      JSON.stringify(body),
      headersFor(correlationId, { [KafkaHeader.ProcedureCode]: '1.001612' }),
    );

    const [reply] = await repliesTo(correlationId, 1);
    expect(reply.data.claims.applicant.verdict).not.toBe('UNAVAILABLE');
    expect(reply.data.claims.maritalStatus).toEqual(
      expect.objectContaining({ verdict: 'UNAVAILABLE', errorCode: 'FORBIDDEN' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const civilStatus = recorders[1].records.filter(sentFor(correlationId));
    expect(civilStatus).toEqual([]);
  });

  it('dead-letters a malformed check request and answers VALIDATION_FAILED', async () => {
    const correlationId = `check-${randomUUID()}`;
    await send(
      'HS-bad',
      JSON.stringify({ dossierId: 'HS-bad', procedureCode: PROCEDURE }),
      headersFor(correlationId),
    );

    const [reply] = await repliesTo(correlationId, 1);
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: expect.arrayContaining([expect.objectContaining({ field: 'payload.applicant' })]),
      }),
    });
    const [dead] = await deadLetters.withCorrelationId(correlationId);
    expect(String(dead.headers?.['x-dead-letter-reason'])).toContain(
      'invalid request; payload.applicant:',
    );
  });

  it.each([
    [
      'a __proto__ key',
      (text: string) => text.replace('"applicant":{', '"applicant":{"__proto__":{"x":1},'),
      'payload.applicant.__proto__',
    ],
    [
      'a constructor key',
      (text: string) => text.replace('{"dossierId"', '{"constructor":{"x":1},"dossierId"'),
      'payload.constructor',
    ],
    [
      'a name of zero-width spaces',
      (text: string) => text.replace(/"fullName":"[^"]*"/, '"fullName":"\\u200b\\u200b"'),
      'payload.applicant.fullName',
    ],
  ])('refuses %s over Kafka as over HTTP, asking no source', async (_what, spoil, field) => {
    const body = dossier(identityOf(people.representative));
    const correlationId = `check-${randomUUID()}`;
    await send(body.dossierId, spoil(JSON.stringify(body)), headersFor(correlationId));

    const [reply] = await repliesTo(correlationId, 1);
    expect(reply.error).toEqual(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field })],
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const recorder of recorders)
      expect(recorder.records.filter(sentFor(correlationId))).toEqual([]);
  });
});

async function medianMs(call: () => Promise<unknown>, runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = Date.now();
    await call();
    times.push(Date.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  adapterGroupId,
  AUDIT_TOPIC,
  AuditEvent,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  HEALTH_CHECK_OPERATION,
  requestTopic,
  subjectHash,
} from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import { Consumer } from 'kafkajs';
import request from 'supertest';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { startPopulationAdapter } from '../apps/population-adapter/src/population-adapter.bootstrap';
import { PopulationSamplesResponse } from '../apps/upstream-simulator/src/population/population-samples.dto';
import { freshGroupAtEnd } from './support/audit-log-harness';
import { harnessKafka } from './support/kafka-clients';
import { startSimulator } from './support/simulator';
import { eventually } from './support/stand-in-replies';
import {
  E2E_AUDIT_SUBJECT_KEY,
  E2E_CALLER_ID,
  e2eAccess,
  e2eAdapterEnv,
  e2eAuth,
} from './support/test-access';

/**
 * The whole path, with nothing replaced: HTTP → gateway → Kafka → population adapter → SOAP
 * simulator, and back.
 */
const DEADLINE_MS = 3000;
const LOOKUP = '/v1/population/citizen-lookups';
const VERIFY = '/v1/population/citizen-verifications';
const PURPOSE = {
  ...e2eAuth(),
  'X-Requester': 'e2e-dossier-core',
  'X-Officer-Id': 'CB-0001',
  'X-Procedure-Code': '1.001234',
  'X-Dossier-Id': 'HS-2026-000123',
};

type RunningAdapter = Awaited<ReturnType<typeof startPopulationAdapter>>;

let simulator: NestExpressApplication;
let simulatorUrl: string;
let adapter: RunningAdapter | undefined;
let gateway: INestApplication;
let population: PopulationSamplesResponse;
const adapterGroup = `${adapterGroupId('population')}.e2e-${randomUUID()}`;

function startAdapter(): Promise<RunningAdapter> {
  return startPopulationAdapter(
    {
      ...e2eAdapterEnv('population'),
      UPSTREAM_URL: simulatorUrl,
      UPSTREAM_TIMEOUT_MS: '1000',
      UPSTREAM_RETRY_BASE_MS: '20',
      // The outage case must not leave an open circuit behind for the cases after it.
      CIRCUIT_RESET_MS: '200',
      LOG_LEVEL: 'warn',
    },
    { groupId: adapterGroup },
  );
}

function injectFault(settings: object) {
  return request(simulatorUrl).put('/_sim/faults/population').send(settings).expect(200);
}

function clearFaults() {
  return request(simulatorUrl).delete('/_sim/faults/population').expect(204);
}

function post(path: string, body: object) {
  return request(gateway.getHttpServer()).post(path).set(PURPOSE).send(body);
}

function queryOf(sample: PopulationSamplesResponse['samples'][number]) {
  return {
    personalId: sample.personalId,
    fullName: sample.fullName,
    dateOfBirth: sample.dateOfBirth,
  };
}

beforeAll(async () => {
  ({ app: simulator, url: simulatorUrl } = await startSimulator());
  population = (await request(simulatorUrl).get('/_sim/population/samples?limit=50')).body;
  adapter = await startAdapter();
  gateway = await createGatewayApp({
    ...principalKafkaEnv(GATEWAY_PRINCIPAL),
    GATEWAY_PORT: '0',
    REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-${randomUUID()}`,
    ...e2eAccess().env,
    LOG_LEVEL: 'warn',
  });
});

afterEach(() => clearFaults());

afterAll(async () => {
  await gateway?.close();
  await adapter?.stop();
  await simulator?.close();
});

describe('citizen lookup through the whole system', () => {
  it('answers the simulator’s record, mapped to the canonical model', async () => {
    const sample = population.samples.find((s) => s.spousePersonalId && s.oldIdCardNumber)!;
    const response = await post(LOOKUP, queryOf(sample)).expect(200);

    expect(response.body.data).toEqual(
      expect.objectContaining({
        personalId: sample.personalId,
        oldIdCardNumber: sample.oldIdCardNumber,
        fullName: sample.fullName,
        gender: sample.gender,
        dateOfBirth: sample.dateOfBirth,
        maritalStatus: sample.maritalStatus,
        nationality: 'Việt Nam',
        spouse: expect.objectContaining({ personalId: sample.spousePersonalId }),
      }),
    );
    const { name, permanentAddress } = response.body.data;
    expect(`${name.family} ${name.middle} ${name.given}`.replace(/\s+/g, ' ')).toBe(
      sample.fullName,
    );
    expect(permanentAddress.provinceName).toEqual(expect.any(String));
    expect(response.body.meta).toEqual(
      expect.objectContaining({ source: 'population', cached: false }),
    );
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('finds a citizen whose date of birth was registered as a year only', async () => {
    const all = (await request(simulatorUrl).get('/_sim/population/samples?limit=1000')).body;
    const yearOnly = (all as PopulationSamplesResponse).samples.find(
      (s) => s.dateOfBirth.length === 4,
    )!;
    const response = await post(LOOKUP, queryOf(yearOnly)).expect(200);
    expect(response.body.data.dateOfBirth).toBe(yearOnly.dateOfBirth);
  });

  it('answers 404 for a valid identification number that belongs to nobody', async () => {
    const [unknown] = population.unknownPersonalIds;
    const birthYear = unknownBirthYear(unknown);
    const response = await post(LOOKUP, {
      personalId: unknown,
      fullName: 'Nguyễn Văn An',
      dateOfBirth: birthYear,
    }).expect(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});

describe('citizen verification through the whole system', () => {
  it('says MATCH for every field of a matching claim', async () => {
    const response = await post(VERIFY, queryOf(population.samples[0])).expect(200);
    expect(response.body.data).toEqual({
      verified: true,
      fields: { fullName: 'MATCH', dateOfBirth: 'MATCH' },
    });
  });

  it('says MISMATCH for a name written without its diacritics, and returns no personal data', async () => {
    const sample = population.samples[1];
    const stripped = sample.fullName.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const response = await post(VERIFY, { ...queryOf(sample), fullName: stripped }).expect(200);
    expect(response.body.data).toEqual({
      verified: false,
      fields: { fullName: 'MISMATCH', dateOfBirth: 'MATCH' },
    });
  });
});

describe('the audit trail of a lookup', () => {
  const kafka = harnessKafka('e2e-population-audit');
  const events: AuditEvent[] = [];
  let consumer: Consumer;

  beforeAll(async () => {
    consumer = kafka.consumer({ groupId: await freshGroupAtEnd(kafka) });
    await consumer.connect();
    await consumer.subscribe({ topic: AUDIT_TOPIC });
    await consumer.run({
      eachMessage: async ({ message }) => {
        events.push(JSON.parse(String(message.value)));
      },
    });
  });

  afterAll(() => consumer?.disconnect());

  /** The events of one trace once both apps' have arrived, and a while for any duplicate. */
  async function eventsOfTrace(traceId: string): Promise<AuditEvent[]> {
    const of = async () => events.filter((event) => event.traceId === traceId);
    await eventually(of, (found) => found.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return of();
  }

  it('has the gateway’s access and the adapter’s upstream call, one each, of one trace', async () => {
    const sample = population.samples[3];
    const traceId = randomUUID().replace(/-/g, '');
    await post(LOOKUP, queryOf(sample))
      .set('traceparent', `00-${traceId}-${'1'.repeat(16)}-01`)
      .expect(200);
    const found = await eventsOfTrace(traceId);
    expect(found.map(({ kind, app }) => `${kind} ${app}`).sort()).toEqual([
      'access gateway',
      'upstream-call population-adapter',
    ]);
    const upstreamCall = found.find(({ kind }) => kind === 'upstream-call')!;
    expect(upstreamCall).toEqual(
      expect.objectContaining({
        caller: E2E_CALLER_ID,
        officerId: PURPOSE['X-Officer-Id'],
        procedureCode: PURPOSE['X-Procedure-Code'],
        dossierId: PURPOSE['X-Dossier-Id'],
        source: 'population',
        operation: 'citizen.lookup',
        outcome: 'answered',
        subjectKind: 'personal-id',
        subjectHash: subjectHash(E2E_AUDIT_SUBJECT_KEY, sample.personalId),
        fieldsReturned: expect.arrayContaining(['personalId', 'fullName', 'dateOfBirth']),
      }),
    );
    const text = JSON.stringify(found);
    for (const clear of [sample.personalId, sample.fullName, sample.dateOfBirth]) {
      expect(text).not.toContain(clear);
    }
  });

  it('records the upstream’s failure as such, and no health check at all', async () => {
    await injectFault({ outage: true });
    const traceId = randomUUID().replace(/-/g, '');
    await post(LOOKUP, queryOf(population.samples[4]))
      .set('traceparent', `00-${traceId}-${'1'.repeat(16)}-01`)
      .expect(503);
    const upstreamCall = (await eventsOfTrace(traceId)).find(
      ({ kind }) => kind === 'upstream-call',
    );
    expect(upstreamCall).toMatchObject({ outcome: 'failed-upstream', fieldsReturned: [] });
    expect(events.filter(({ operation }) => operation === HEALTH_CHECK_OPERATION)).toEqual([]);
  });
});

describe('when the upstream misbehaves', () => {
  it('answers 503 quickly while the population database is down', async () => {
    await injectFault({ outage: true });
    const started = Date.now();
    const response = await post(LOOKUP, queryOf(population.samples[2])).expect(503);
    expect(response.body.error.code).toBe('SOURCE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('answers 502 when the upstream sends malformed XML', async () => {
    await injectFault({ malformed: true });
    const response = await post(LOOKUP, queryOf(population.samples[3])).expect(502);
    expect(response.body.error.code).toBe('UPSTREAM_INVALID_RESPONSE');
  });
});

describe('the adapter on its topic', () => {
  it('keeps answering after a garbage message lands on its request topic', async () => {
    const kafka = harnessKafka('e2e-garbage');
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: requestTopic('population'),
      messages: [{ value: '{not json' }, { value: Buffer.from([0xff, 0x00, 0x13]) }],
    });
    await producer.disconnect();

    await post(LOOKUP, queryOf(population.samples[4])).expect(200);
  });

  it('answers 504 within the deadline when no adapter is running', async () => {
    await adapter!.stop();
    adapter = undefined;
    const started = Date.now();
    const response = await post(LOOKUP, queryOf(population.samples[5])).expect(504);
    const elapsed = Date.now() - started;
    expect(response.body.error.code).toBe('DEADLINE_EXCEEDED');
    expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
    expect(elapsed).toBeLessThan(DEADLINE_MS + 1000);
  });
});

/** The birth year an identification number encodes: the date of birth must agree with it. */
function unknownBirthYear(personalId: string): string {
  const century = 1900 + Math.floor(Number(personalId[3]) / 2) * 100;
  return String(century + Number(personalId.slice(4, 6)));
}

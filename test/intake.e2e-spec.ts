import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import {
  AUDIT_TOPIC,
  AuditEvent,
  BirthRegistration,
  callerReplyTopicPrefix,
  CivilStatusOperation,
  HEALTH_CHECK_OPERATION,
  INTAKE_DEAD_LETTER_TOPIC,
  intakeTopic,
  KafkaHeader,
  okReply,
  PopulationOperation,
  SourceName,
  GATEWAY_GROUP_ID,
  GATEWAY_PRINCIPAL,
  subjectHash,
} from '@interop/contracts';
import { Producer } from 'kafkajs';
import { principalKafkaEnv } from '@interop/platform';
import { createGatewayApp } from '../apps/gateway/src/gateway.bootstrap';
import { harnessKafka } from './support/kafka-clients';
import { RequestRecord, sentFor } from './support/gateway-request-messages';
import { StandInAdapter } from './support/gateway-stand-in-adapter';
import { eventually, healthyReply, standInMeta } from './support/stand-in-replies';
import { E2E_AUDIT_SUBJECT_KEY, E2E_PROCEDURE, TestAccess } from './support/test-access';
import { TopicTap } from './support/topic-tap';

/**
 * Kafka callers through the gateway's intake, under the same access policy as HTTP callers:
 * the caller is the intake topic's, and everything the policy refuses is refused, with nothing
 * produced to any source's request topic.
 */
const CLERK = 'e2e-kafka-clerk';
const STRANGER = 'e2e-kafka-stranger';
const PERSON = '001085012345';
const CITIZEN = { personalId: PERSON, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' };
const BIRTH: BirthRegistration = {
  registrationNumber: '125/1985',
  book: '01/1985',
  registeredOn: '1985-03-20',
  authority: { code: '00004', name: 'UBND phường Phúc Xá, Hà Nội' },
  child: { personalId: PERSON, fullName: 'Nguyễn Văn An', gender: 'male', placeOfBirth: 'Hà Nội' },
  father: { personalId: '001060012345', fullName: 'Nguyễn Văn Bình' },
};

function answer(source: SourceName) {
  return ({ operation }: RequestRecord) => {
    if (operation === HEALTH_CHECK_OPERATION) return healthyReply(source);
    if (operation === CivilStatusOperation.BirthLookup) return okReply(BIRTH, standInMeta(source));
    if (operation === PopulationOperation.CitizenVerify) {
      return okReply({ verified: true, fields: {} }, standInMeta(source));
    }
    return okReply({ answered: operation }, standInMeta(source));
  };
}

describe('the Kafka intake (e2e)', () => {
  const kafka = harnessKafka('e2e-intake');
  const run = randomUUID().slice(0, 8);
  const replyTopic = `${callerReplyTopicPrefix(CLERK)}${run}`;
  const othersReplyTopic = `${callerReplyTopicPrefix('e2e-dossier-core')}${run}`;
  const strangersReplyTopic = `${callerReplyTopicPrefix(STRANGER)}${run}`;
  const access = new TestAccess({
    [CLERK]: {
      grants: [
        { operation: 'population:citizen.verify' },
        {
          operation: 'civil-status:birth.lookup',
          fields: ['registrationNumber', 'child.fullName'],
        },
      ],
      quotas: [{ source: 'population', perMinute: 1, burst: 3 }],
    },
  });
  const sent: string[] = [];
  let stands: StandInAdapter[];
  let producer: Producer;
  let replies: TopicTap;
  let othersReplies: TopicTap;
  let strangersReplies: TopicTap;
  let deadLetters: TopicTap;
  let audit: TopicTap;
  let app: INestApplication;

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [replyTopic, othersReplyTopic, strangersReplyTopic].map((topic) => ({
        topic,
        numPartitions: 1,
      })),
      waitForLeaders: true,
    });
    await admin.disconnect();
    const since = Date.now();
    [replies, othersReplies, strangersReplies, deadLetters, audit] = await Promise.all(
      [
        replyTopic,
        othersReplyTopic,
        strangersReplyTopic,
        INTAKE_DEAD_LETTER_TOPIC,
        AUDIT_TOPIC,
      ].map((topic) => TopicTap.start(kafka, topic, since)),
    );
    stands = await Promise.all(
      (['population', 'civil-status', 'business-registry'] as const).map((source) =>
        StandInAdapter.start(kafka, source, answer(source)),
      ),
    );
    producer = kafka.producer();
    await producer.connect();
    app = await createGatewayApp({
      ...principalKafkaEnv(GATEWAY_PRINCIPAL),
      GATEWAY_PORT: '0',
      REQUEST_DEADLINE_MS: '3000',
      KAFKA_GROUP_ID: `${GATEWAY_GROUP_ID}.e2e-intake-${run}`,
      ...access.env,
      LOG_LEVEL: 'error',
    });
  });

  afterAll(async () => {
    await app?.close();
    await producer?.disconnect();
    await Promise.all(
      [...(stands ?? []), replies, othersReplies, strangersReplies, deadLetters, audit].map(
        (each) => each?.stop(),
      ),
    );
  });

  /** Produces a request to `caller`'s intake; answers its correlation id. */
  async function ask(
    caller: string,
    request: { target: string; operation: string; payload: object },
    headers: Record<string, string> = {},
  ): Promise<string> {
    const correlationId = `intake-${randomUUID()}`;
    sent.push(correlationId);
    await producer.send({
      topic: intakeTopic(caller),
      messages: [
        {
          key: PERSON,
          value: JSON.stringify(request),
          headers: {
            [KafkaHeader.CorrelationId]: correlationId,
            [KafkaHeader.ReplyTopic]: replyTopic,
            [KafkaHeader.ReplyPartition]: '0',
            [KafkaHeader.Deadline]: String(Date.now() + 5000),
            [KafkaHeader.OfficerId]: 'cb.0042',
            [KafkaHeader.ProcedureCode]: E2E_PROCEDURE,
            ...headers,
          },
        },
      ],
    });
    return correlationId;
  }

  async function replyTo(correlationId: string) {
    const [reply] = await replies.withCorrelationId(correlationId);
    return JSON.parse(String(reply.value));
  }

  const birth = {
    target: 'civil-status',
    operation: 'birth.lookup',
    payload: { personalId: PERSON },
  };
  const verify = { target: 'population', operation: 'citizen.verify', payload: CITIZEN };

  it("serves a granted lookup as the intake's caller, narrowed to the grant's fields", async () => {
    const correlationId = await ask(CLERK, birth);
    expect(await replyTo(correlationId)).toEqual({
      ok: true,
      data: {
        registrationNumber: BIRTH.registrationNumber,
        child: { fullName: BIRTH.child.fullName },
      },
      meta: expect.objectContaining({ source: 'civil-status', narrowed: true }),
    });
    const asked = stands[1].received.find(sentFor(correlationId));
    expect(asked?.headers[KafkaHeader.Requester]).toBe(CLERK);
  });

  it.each([
    [
      'an operation it is not granted',
      CLERK,
      { ...birth, operation: 'death.lookup' },
      {},
      'NOT_GRANTED',
    ],
    [
      'another caller named as requester',
      CLERK,
      birth,
      { [KafkaHeader.Requester]: 'e2e-dossier-core' },
      'REQUESTER_MISMATCH',
    ],
    [
      'an unknown procedure',
      CLERK,
      birth,
      { [KafkaHeader.ProcedureCode]: '9.999999' },
      'PROCEDURE_NOT_ALLOWED',
    ],
    [
      'a procedure that does not use the operation',
      CLERK,
      birth,
      { [KafkaHeader.ProcedureCode]: '1.000656' },
      'PROCEDURE_NOT_ALLOWED',
    ],
  ])(
    'refuses %s with FORBIDDEN and its reason',
    async (_what, caller, request, headers, reason) => {
      const correlationId = await ask(caller, request, headers);
      const reply = await replyTo(correlationId);
      expect(reply).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'FORBIDDEN', details: { reason } }),
      });
    },
  );

  it('refuses a caller the access policy does not name, whose intake exists', async () => {
    const correlationId = await ask(STRANGER, verify, {
      [KafkaHeader.ReplyTopic]: strangersReplyTopic,
    });
    const [reply] = await strangersReplies.withCorrelationId(correlationId);
    expect(JSON.parse(String(reply.value))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'FORBIDDEN', details: { reason: 'NOT_GRANTED' } }),
    });
  });

  it("dead-letters a request whose reply topic is another caller's, and produces nothing there", async () => {
    const correlationId = await ask(CLERK, verify, { [KafkaHeader.ReplyTopic]: othersReplyTopic });
    const [dead] = await deadLetters.withCorrelationId(correlationId);
    expect(String(dead.headers?.['x-dead-letter-reason'])).toContain(
      `must start with ${callerReplyTopicPrefix(CLERK)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(othersReplies.messages).toEqual([]);
  });

  it('refuses hostile and invalid payloads as over HTTP, and dead-letters them', async () => {
    const hostile = JSON.parse(`{"__proto__":{"x":1},"personalId":"${PERSON}"}`);
    const correlationId = await ask(CLERK, { ...birth, payload: hostile });
    expect((await replyTo(correlationId)).error).toEqual(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'payload.__proto__', message: 'property __proto__ should not exist' }],
      }),
    );
    const [dead] = await deadLetters.withCorrelationId(correlationId);
    expect(String(dead.headers?.['x-dead-letter-reason'])).toContain('payload.__proto__');
  });

  it('records each attempt once on the audit trail, answered or refused, as a Kafka one', async () => {
    const answered = await ask(CLERK, birth);
    const refused = await ask(CLERK, { ...birth, operation: 'death.lookup' });
    const invalid = await ask(CLERK, { ...birth, payload: { personalId: 'nobody' } });
    await Promise.all([answered, refused, invalid].map(replyTo));
    const eventOf = async (correlationId: string) => {
      const found = await eventually(
        async () =>
          audit.messages
            .map((message) => JSON.parse(String(message.value)) as AuditEvent)
            .filter((event) => event.requestId === correlationId),
        (events) => events.length > 0,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(found).toHaveLength(1);
      expect(JSON.stringify(found[0])).not.toContain(PERSON);
      return found[0];
    };
    const common = {
      kind: 'access',
      app: 'gateway',
      channel: 'kafka',
      caller: CLERK,
      officerId: 'cb.0042',
      procedureCode: E2E_PROCEDURE,
      source: 'civil-status',
    };
    expect(await eventOf(answered)).toMatchObject({
      ...common,
      operation: 'birth.lookup',
      outcome: 'answered',
      subjectKind: 'personal-id',
      subjectHash: subjectHash(E2E_AUDIT_SUBJECT_KEY, PERSON),
      fieldsReturned: ['registrationNumber', 'child.fullName'],
    });
    expect(await eventOf(refused)).toMatchObject({
      ...common,
      operation: 'death.lookup',
      outcome: 'refused-authorisation',
      errorCode: 'FORBIDDEN',
      fieldsReturned: [],
    });
    expect(await eventOf(invalid)).toMatchObject({
      ...common,
      outcome: 'refused-validation',
      errorCode: 'VALIDATION_FAILED',
    });
  });

  it('answers RATE_LIMITED once the caller is over its quota', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) {
      const reply = await replyTo(await ask(CLERK, verify));
      codes.push(reply.ok ? 'ok' : reply.error.code);
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
  });

  it('asked no source for any refused request', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const served = stands
      .flatMap((stand) => stand.received)
      .filter((record) => record.operation !== HEALTH_CHECK_OPERATION);
    const servedIds = served.map(
      (record) => record.headers[KafkaHeader.CorrelationId].split('.')[0],
    );
    // Two birth lookups and three verifications were allowed; nothing else was sent.
    expect(servedIds.filter((id) => sent.includes(id))).toHaveLength(5);
  });
});

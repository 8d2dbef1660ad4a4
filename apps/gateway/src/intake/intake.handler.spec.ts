import {
  callerReplyTopicPrefix,
  DossierCheckResult,
  INTAKE_DEAD_LETTER_TOPIC,
  intakeTopic,
  KafkaHeader,
  okReply,
} from '@interop/contracts';
import { CallerPolicy } from '../access/access-policy';
import { Authorization } from '../access/operation-access.service';
import { CheckMemo } from './check-memo';
import { IntakeHandler, IntakeServices } from './intake.handler';

const CALLER: CallerPolicy = {
  id: 'clerk',
  roles: new Set(),
  grants: [{ ref: { target: 'population', operation: '*' } }],
  quotas: new Map(),
};
const CITIZEN = {
  personalId: '001085012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1985-03-14',
};
const RESULT = { verdict: 'VERIFIED' } as DossierCheckResult;

function setup(authorization: Authorization = { ok: true, grant: CALLER.grants[0] }) {
  const asked: object[] = [];
  const checks: object[] = [];
  const ended: object[] = [];
  const services: IntakeServices = {
    callerPolicy: (id) => (id === CALLER.id ? CALLER : undefined),
    authorize: () => authorization,
    askSource: async (request) => {
      asked.push(request);
      request.attempt.recorded = true;
      return okReply(
        { answered: true },
        { source: 'population', fetchedAt: 'now', cached: false, durationMs: 1 },
      );
    },
    checkDossier: async (request, _context, _caller, attempt) => {
      checks.push(request);
      await new Promise((resolve) => setTimeout(resolve, 20));
      attempt.recorded = true;
      return RESULT;
    },
    subjectOf: (keyField, key) =>
      typeof key === 'string' ? { hash: `hash-of-${keyField}`, kind: 'personal-id' } : undefined,
    ended: (attempt, ending) => {
      if (attempt.recorded) return;
      attempt.recorded = true;
      ended.push({ ...attempt, ...ending });
    },
  };
  const memo = new CheckMemo<DossierCheckResult>({ ttlMs: 60_000, maxEntries: 10 });
  const handler = new IntakeHandler(services, {
    maxWaitMs: 5000,
    memo,
    logger: { log() {}, warn() {}, error() {} },
  });
  return { handler, asked, checks, ended };
}

function message(value: object | string, headers: Record<string, string> = {}) {
  return {
    value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
    headers: {
      [KafkaHeader.CorrelationId]: 'c-1',
      [KafkaHeader.ReplyTopic]: `${callerReplyTopicPrefix('clerk')}mine`,
      [KafkaHeader.Deadline]: String(Date.now() + 5000),
      [KafkaHeader.OfficerId]: 'cb.1',
      [KafkaHeader.ProcedureCode]: '1.001193',
      ...headers,
    },
  };
}

const lookup = { target: 'population', operation: 'citizen.lookup', payload: CITIZEN };
const replyOf = (out: { topic: string; value?: unknown }[]) =>
  JSON.parse(String(out.find((each) => each.topic !== INTAKE_DEAD_LETTER_TOPIC)?.value));

describe('IntakeHandler', () => {
  it('asks the source as the caller of the intake topic, keyed by the subject, and relays the reply', async () => {
    const { handler, asked } = setup();
    const out = await handler.handle(intakeTopic('clerk'), message(lookup));
    expect(out).toHaveLength(1);
    expect(out[0].topic).toBe('interop.replies.clerk.mine');
    expect(replyOf(out)).toEqual(expect.objectContaining({ ok: true, data: { answered: true } }));
    expect(asked).toEqual([
      expect.objectContaining({
        source: 'population',
        operation: 'citizen.lookup',
        key: CITIZEN.personalId,
        context: expect.objectContaining({ requester: 'clerk', officerId: 'cb.1' }),
      }),
    ]);
  });

  it("dead-letters a request naming another caller's reply topic, and answers nobody", async () => {
    const { handler, asked } = setup();
    const out = await handler.handle(
      intakeTopic('clerk'),
      message(lookup, { [KafkaHeader.ReplyTopic]: 'interop.gateway.population.replies' }),
    );
    expect(out.map((each) => each.topic)).toEqual([INTAKE_DEAD_LETTER_TOPIC]);
    expect(asked).toEqual([]);
  });

  it('refuses what the policy refuses, asking no source', async () => {
    const refusal: Authorization = {
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_GRANTED',
      message: 'no',
    };
    const { handler, asked } = setup(refusal);
    const reply = replyOf(await handler.handle(intakeTopic('clerk'), message(lookup)));
    expect(reply.error).toEqual(
      expect.objectContaining({ code: 'FORBIDDEN', details: { reason: 'NOT_GRANTED' } }),
    );
    expect(asked).toEqual([]);
  });

  it('refuses a caller the policy does not name, and a requester header naming another', async () => {
    const { handler, asked } = setup();
    const stranger = message(lookup, {
      [KafkaHeader.ReplyTopic]: `${callerReplyTopicPrefix('stranger')}x`,
    });
    expect(replyOf(await handler.handle(intakeTopic('stranger'), stranger)).error.code).toBe(
      'FORBIDDEN',
    );
    const claimed = message(lookup, { [KafkaHeader.Requester]: 'dossier-core' });
    expect(replyOf(await handler.handle(intakeTopic('clerk'), claimed)).error.details).toEqual({
      reason: 'REQUESTER_MISMATCH',
    });
    expect(asked).toEqual([]);
  });

  it('refuses an unknown operation, an expired deadline and an invalid payload', async () => {
    const { handler, asked } = setup();
    const cases = [
      message({ ...lookup, operation: 'citizen.everything' }),
      message(lookup, { [KafkaHeader.Deadline]: String(Date.now() - 1) }),
      message({ ...lookup, payload: { ...CITIZEN, fullName: '\u200b' } }),
    ];
    const codes = [];
    for (const each of cases)
      codes.push(replyOf(await handler.handle(intakeTopic('clerk'), each)).error.code);
    expect(codes).toEqual(['VALIDATION_FAILED', 'DEADLINE_EXCEEDED', 'VALIDATION_FAILED']);
    expect(asked).toEqual([]);
  });

  it('answers a redelivered dossier check from the first delivery, checking once', async () => {
    const { handler, checks } = setup({
      ok: true,
      grant: { ref: { target: 'dossier-checks', operation: 'check' } },
    });
    const check = {
      target: 'dossier-checks',
      operation: 'check',
      payload: { dossierId: 'HS-1', procedureCode: '1.001193', applicant: CITIZEN },
    };
    const [first, second] = await Promise.all([
      handler.handle(intakeTopic('clerk'), message(check)),
      handler.handle(intakeTopic('clerk'), message(check)),
    ]);
    expect(replyOf(first).data).toEqual(RESULT);
    expect(replyOf(second).data).toEqual(RESULT);
    expect([replyOf(first).meta.cached, replyOf(second).meta.cached].sort()).toEqual([false, true]);
    expect(checks).toHaveLength(1);
  });

  it('records each refusal once, as the caller of the topic, with the subject hashed', async () => {
    const { handler, ended } = setup();
    const cases = [
      message({ ...lookup, operation: 'citizen.everything' }),
      message(lookup, { [KafkaHeader.Deadline]: String(Date.now() - 1) }),
      message({ ...lookup, payload: { ...CITIZEN, fullName: '\u200b' } }),
      message(lookup, { [KafkaHeader.Requester]: 'dossier-core' }),
    ];
    for (const each of cases) await handler.handle(intakeTopic('clerk'), each);
    expect(ended).toEqual([
      expect.objectContaining({
        caller: 'clerk',
        errorCode: 'VALIDATION_FAILED',
        channel: 'kafka',
      }),
      expect.objectContaining({
        caller: 'clerk',
        errorCode: 'DEADLINE_EXCEEDED',
        source: 'population',
        operation: 'citizen.lookup',
        subject: { hash: 'hash-of-personalId', kind: 'personal-id' },
        officerId: 'cb.1',
        procedureCode: '1.001193',
        requestId: 'c-1',
      }),
      expect.objectContaining({ errorCode: 'VALIDATION_FAILED', operation: 'citizen.lookup' }),
      expect.objectContaining({ errorCode: 'FORBIDDEN' }),
    ]);
  });

  it('records a message it cannot read as a refusal of the topic’s caller', async () => {
    const { handler, ended } = setup();
    await handler.handle(intakeTopic('clerk'), message('not json'));
    expect(ended).toEqual([
      expect.objectContaining({
        caller: 'clerk',
        errorCode: 'VALIDATION_FAILED',
        channel: 'kafka',
      }),
    ]);
  });

  it('leaves an answered request to what answered it: nothing more is recorded', async () => {
    const { handler, ended } = setup();
    await handler.handle(intakeTopic('clerk'), message(lookup));
    expect(ended).toEqual([]);
  });
});

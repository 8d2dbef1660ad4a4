import { DossierCheckResult, KafkaHeader } from '@interop/contracts';
import { CheckMemo } from './check-memo';
import { IncomingCheck } from './check-message';
import { DEAD_LETTER_REASON_HEADER } from './check-replies';
import { DossierChecker, DossierCheckHandler } from './dossier-check.handler';

const body = {
  dossierId: 'HS-2026-000123',
  procedureCode: '1.001234',
  applicant: { personalId: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' },
};
const result = {
  dossierId: body.dossierId,
  procedureCode: body.procedureCode,
  verdict: 'VERIFIED',
  checkedAt: '2026-06-01T08:30:00.000Z',
  claims: { applicant: { source: 'population', verdict: 'MATCH', fields: {} } },
} as DossierCheckResult;
const silent = { log: jest.fn(), warn: jest.fn(), error: jest.fn() };

function message(deadline: number, value: unknown = body): IncomingCheck {
  const headers: Record<string, string> = {
    [KafkaHeader.CorrelationId]: 'check-1',
    [KafkaHeader.ReplyTopic]: 'dossier-core.replies',
    [KafkaHeader.ReplyPartition]: '0',
    [KafkaHeader.Deadline]: String(deadline),
    [KafkaHeader.Requester]: 'dossier-core',
    [KafkaHeader.OfficerId]: 'CB-0001',
    [KafkaHeader.ProcedureCode]: '1.001234',
  };
  return { value: Buffer.from(JSON.stringify(value)), headers };
}

function handlerWith(check: DossierChecker['check'], maxWaitMs = 5000) {
  const memo = new CheckMemo<DossierCheckResult>({ ttlMs: 60_000, maxEntries: 100 });
  return new DossierCheckHandler({ check }, { maxWaitMs, memo, logger: silent });
}

const valueOf = (sent: { value?: unknown }) => JSON.parse(String(sent.value));

describe('DossierCheckHandler', () => {
  it('answers a check on the reply topic and partition the requester named', async () => {
    const handler = handlerWith(async () => result);
    const [reply] = await handler.handle(message(Date.now() + 5000));
    expect(reply).toEqual(
      expect.objectContaining({
        topic: 'dossier-core.replies',
        partition: 0,
        headers: { [KafkaHeader.CorrelationId]: 'check-1', [KafkaHeader.ReplyComplete]: '1' },
      }),
    );
    expect(valueOf(reply)).toEqual({
      ok: true,
      data: result,
      meta: { cached: false, durationMs: expect.any(Number) },
    });
  });

  it('checks a redelivered request once, and answers both deliveries alike', async () => {
    const check = jest.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return result;
    });
    const handler = handlerWith(check);
    const deadline = Date.now() + 5000;
    const [first, second] = await Promise.all([
      handler.handle(message(deadline)),
      handler.handle(message(deadline)),
    ]);
    const third = await handler.handle(message(deadline));
    expect(check).toHaveBeenCalledTimes(1);
    expect(valueOf(first[0]).data).toEqual(valueOf(second[0]).data);
    expect(valueOf(third[0]).data).toEqual(result);
    expect([first, second, third].map(([reply]) => valueOf(reply).meta.cached)).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('bounds the sources by its own longest wait, whatever the requester’s deadline', async () => {
    const check = jest.fn(async () => result);
    const before = Date.now();
    await handlerWith(check, 1000).handle(message(before + 60_000));
    const [, context] = check.mock.calls[0] as unknown as [unknown, { deadline: number }];
    expect(context.deadline).toBeGreaterThanOrEqual(before + 1000);
    expect(context.deadline).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('answers DEADLINE_EXCEEDED, and asks nothing, when the requester has already given up', async () => {
    const check = jest.fn(async () => result);
    const [reply] = await handlerWith(check).handle(message(Date.now() - 1));
    expect(valueOf(reply)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'DEADLINE_EXCEEDED', retryable: true }),
    });
    expect(check).not.toHaveBeenCalled();
  });

  it('dead-letters a malformed request with the reason, and answers VALIDATION_FAILED', async () => {
    const check = jest.fn(async () => result);
    const incoming = message(Date.now() + 5000, { ...body, applicant: { personalId: '1' } });
    const [deadLetter, reply] = await handlerWith(check).handle(incoming);
    expect(deadLetter).toEqual(
      expect.objectContaining({
        topic: 'interop.dossier-checks.requests.dlq',
        value: incoming.value,
      }),
    );
    expect(String((deadLetter.headers ?? {})[DEAD_LETTER_REASON_HEADER])).toContain(
      'invalid check request; applicant.personalId: personalId must be exactly 12 digits',
    );
    expect(valueOf(reply).error).toEqual(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: expect.any(Array) }),
    );
    expect(check).not.toHaveBeenCalled();
  });

  it('answers INTERNAL, never a stack, when the check itself fails', async () => {
    const [reply] = await handlerWith(() => Promise.reject(new Error('bug at line 3'))).handle(
      message(Date.now() + 5000),
    );
    expect(valueOf(reply).error).toEqual(
      expect.objectContaining({ code: 'INTERNAL', message: 'internal error in the gateway' }),
    );
  });
});

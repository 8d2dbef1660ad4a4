import { IHeaders } from 'kafkajs';
import {
  CitizenQueryDto,
  ErrorCode,
  ErrorReply,
  KafkaHeader,
  OkReply,
  SelfCheckResult,
} from '@interop/contracts';
import {
  currentLogContext,
  DEAD_LETTER_REASON_HEADER,
  IncomingMessage,
  OutgoingMessage,
} from '@interop/platform';
import { fail, Outcome, succeed } from '../source-adapter/outcome';
import { CallContext, defineOperation, SourceAdapter } from '../source-adapter/source-adapter';
import { RequestHandler } from './request-handler';

const DLQ = 'interop.population.requests.dlq';
const REPLY_TOPIC_PREFIXES = ['replies'];
const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
const QUERY = { personalId: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' };

function requestHeaders(overrides: Record<string, string | undefined> = {}): IHeaders {
  const headers: Record<string, string | undefined> = {
    [KafkaHeader.CorrelationId]: 'corr-1',
    [KafkaHeader.ReplyTopic]: 'replies',
    [KafkaHeader.ReplyPartition]: '2',
    [KafkaHeader.Deadline]: String(Date.now() + 5000),
    [KafkaHeader.Requester]: 'dossier-core',
    [KafkaHeader.OfficerId]: 'officer-7',
    [KafkaHeader.ProcedureCode]: '1.004227',
    [KafkaHeader.TraceParent]: TRACEPARENT,
    ...overrides,
  };
  // As kafkajs delivers them: bytes.
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, Buffer.from(value!)]),
  );
}

function request(value: unknown, headers: IHeaders = requestHeaders()): IncomingMessage {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { key: Buffer.from(QUERY.personalId), value: Buffer.from(text), headers };
}

const lookup = (payload: object = QUERY) => request({ operation: 'citizen.lookup', payload });

function parsed<T>(message: OutgoingMessage | undefined): T {
  return JSON.parse(String(message?.value)) as T;
}

class FakeAdapter implements SourceAdapter {
  readonly source = 'population' as const;
  readonly lookup = jest.fn(
    async (query: CitizenQueryDto, context: CallContext): Promise<Outcome<unknown>> => {
      this.seenLogContext = currentLogContext();
      this.seenContext = context;
      return succeed({
        personalId: query.personalId,
        isInstance: query instanceof CitizenQueryDto,
      });
    },
  );
  readonly operations = {
    'citizen.lookup': defineOperation(CitizenQueryDto, (query, context) =>
      this.lookup(query, context),
    ),
  };
  readonly selfCheck = jest.fn(async (): Promise<Outcome<unknown>> => succeed(true));
  seenLogContext?: object;
  seenContext?: CallContext;
}

describe('RequestHandler', () => {
  let adapter: FakeAdapter;
  let handler: RequestHandler;
  let circuitOpen: boolean;
  const logger = { log: jest.fn(), warn: jest.fn(), error: jest.fn() };
  const audit = { recordLater: jest.fn() };

  beforeEach(() => {
    jest.clearAllMocks();
    adapter = new FakeAdapter();
    circuitOpen = false;
    handler = new RequestHandler({
      adapter,
      deadLetterTopic: DLQ,
      replyTopicPrefixes: REPLY_TOPIC_PREFIXES,
      circuitOpen: () => circuitOpen,
      audit,
      logger,
    });
  });

  describe('the audit trail', () => {
    it('records each request taken upstream once, with its context, payload and outcome', async () => {
      adapter.lookup.mockResolvedValueOnce(fail(ErrorCode.NotFound, 'no such citizen'));
      await handler.handle(lookup());
      expect(audit.recordLater).toHaveBeenCalledTimes(1);
      const [call] = audit.recordLater.mock.calls[0];
      expect(call.context).toMatchObject({ correlationId: 'corr-1', operation: 'citizen.lookup' });
      expect(call.payload).toMatchObject({ personalId: QUERY.personalId });
      expect(call.outcome).toMatchObject({ ok: false, code: ErrorCode.NotFound });
      expect(call.startedAt).toBeLessThanOrEqual(Date.now());
    });

    it('records nothing for what never reached the upstream, nor for health checks', async () => {
      await handler.handle(request({ operation: 'citizen.lookup', payload: { personalId: 'x' } }));
      await handler.handle(lookup({ ...QUERY, dateOfBirth: 'soon' }));
      const expired = requestHeaders({ [KafkaHeader.Deadline]: String(Date.now() - 1) });
      await handler.handle(request({ operation: 'citizen.lookup', payload: QUERY }, expired));
      await handler.handle(request({ operation: 'health.check', payload: {} }));
      expect(adapter.lookup).not.toHaveBeenCalled();
      expect(audit.recordLater).not.toHaveBeenCalled();
    });
  });

  describe('a valid request', () => {
    it('is answered with the data and its provenance, at the reply address', async () => {
      const { reply, deadLetter } = await handler.handle(lookup());
      expect(deadLetter).toBeUndefined();
      expect(reply).toMatchObject({ topic: 'replies', partition: 2 });
      expect(reply?.headers).toEqual({
        [KafkaHeader.CorrelationId]: 'corr-1',
        [KafkaHeader.ReplyComplete]: '1',
      });
      const answer = parsed<OkReply<unknown>>(reply);
      expect(answer.ok).toBe(true);
      expect(answer.data).toEqual({ personalId: QUERY.personalId, isInstance: true });
      expect(answer.meta).toMatchObject({ source: 'population', cached: false });
      expect(answer.meta.durationMs).toBeGreaterThanOrEqual(0);
      expect(Date.parse(answer.meta.fetchedAt)).not.toBeNaN();
    });

    it('gives the handler the request context and runs it in the log context', async () => {
      await handler.handle(lookup());
      expect(adapter.seenContext).toMatchObject({
        correlationId: 'corr-1',
        requester: 'dossier-core',
        officerId: 'officer-7',
        procedureCode: '1.004227',
        traceparent: TRACEPARENT,
        operation: 'citizen.lookup',
      });
      expect(adapter.seenLogContext).toEqual({
        correlationId: 'corr-1',
        traceparent: TRACEPARENT,
        operation: 'citizen.lookup',
      });
    });

    it('is answered on the partition the topic chooses when none is named', async () => {
      const headers = requestHeaders({ [KafkaHeader.ReplyPartition]: undefined });
      const { reply } = await handler.handle(
        request({ operation: 'citizen.lookup', payload: QUERY }, headers),
      );
      expect(reply?.partition).toBeUndefined();
    });

    it('passes on an expected failure as a coded error reply', async () => {
      adapter.lookup.mockResolvedValueOnce(
        fail(ErrorCode.NotFound, 'no such citizen', { hint: 'x' }),
      );
      const answer = parsed<ErrorReply>((await handler.handle(lookup())).reply);
      expect(answer.error).toEqual({
        code: ErrorCode.NotFound,
        message: 'no such citizen',
        retryable: false,
        details: { hint: 'x' },
      });
    });
  });

  describe('an expired request', () => {
    it('is answered DEADLINE_EXCEEDED without calling the handler', async () => {
      const headers = requestHeaders({ [KafkaHeader.Deadline]: String(Date.now() - 1) });
      const { reply, deadLetter } = await handler.handle(
        request({ operation: 'citizen.lookup', payload: QUERY }, headers),
      );
      expect(parsed<ErrorReply>(reply).error.code).toBe(ErrorCode.DeadlineExceeded);
      expect(deadLetter).toBeUndefined();
      expect(adapter.lookup).not.toHaveBeenCalled();
    });
  });

  describe('a request naming a reply topic outside REPLY_TOPIC_PREFIXES', () => {
    const elsewhere = requestHeaders({ [KafkaHeader.ReplyTopic]: 'interop.audit' });

    it('is dead-lettered with the reason, unanswered, without calling the handler', async () => {
      const message = request({ operation: 'citizen.lookup', payload: QUERY }, elsewhere);
      const { reply, deadLetter } = await handler.handle(message);
      expect(reply).toBeUndefined();
      expect(adapter.lookup).not.toHaveBeenCalled();
      expect(deadLetter).toMatchObject({ topic: DLQ, value: message.value });
      expect(String(deadLetter?.headers[DEAD_LETTER_REASON_HEADER])).toBe(
        'reply topic "interop.audit" is not allowed: replies go only to topics starting with replies',
      );
      expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('interop.audit'), {
        correlationId: 'corr-1',
      });
    });

    it('gets no VALIDATION_FAILED answer there either when it is also malformed', async () => {
      const { reply, deadLetter } = await handler.handle(request('{"operation":', elsewhere));
      expect(reply).toBeUndefined();
      expect(String(deadLetter?.headers[DEAD_LETTER_REASON_HEADER])).toContain('not allowed');
    });
  });

  describe('a malformed message', () => {
    it('without headers and not JSON is dead-lettered, unanswerable', async () => {
      const garbage = { key: null, value: Buffer.from('\u0000not json'), headers: {} };
      const { reply, deadLetter } = await handler.handle(garbage);
      expect(reply).toBeUndefined();
      expect(deadLetter).toMatchObject({ topic: DLQ, key: null, value: garbage.value });
      expect(String(deadLetter?.headers[DEAD_LETTER_REASON_HEADER])).toContain('invalid headers');
    });

    it('with bad headers is dead-lettered and, when the reply address is usable, answered', async () => {
      const headers = requestHeaders({
        [KafkaHeader.Deadline]: 'tomorrow',
        [KafkaHeader.Requester]: undefined,
      });
      const message = request({ operation: 'citizen.lookup', payload: QUERY }, headers);
      const { reply, deadLetter } = await handler.handle(message);
      expect(deadLetter?.headers).toMatchObject({
        ...headers,
        [DEAD_LETTER_REASON_HEADER]: expect.any(String),
      });
      expect(deadLetter?.value).toBe(message.value);
      const answer = parsed<ErrorReply>(reply);
      expect(answer.error.code).toBe(ErrorCode.ValidationFailed);
      const fields = (answer.error.details as { field: string }[]).map(({ field }) => field);
      expect(fields).toEqual(expect.arrayContaining(['headers.x-deadline', 'headers.x-requester']));
      expect(adapter.lookup).not.toHaveBeenCalled();
    });

    it('without a correlation id is dead-lettered only: nobody could match an answer', async () => {
      const headers = requestHeaders({ [KafkaHeader.CorrelationId]: undefined });
      const { reply, deadLetter } = await handler.handle(
        request({ operation: 'x.y', payload: {} }, headers),
      );
      expect(reply).toBeUndefined();
      expect(deadLetter?.topic).toBe(DLQ);
    });

    it('whose value is not JSON is answered VALIDATION_FAILED naming the value', async () => {
      const { reply, deadLetter } = await handler.handle(request('{"operation":'));
      expect(deadLetter).toBeDefined();
      expect(parsed<ErrorReply>(reply).error.details).toEqual([
        { field: 'value', message: 'value must be JSON' },
      ]);
    });

    it('with an unknown operation is answered naming it and the known ones', async () => {
      const { reply } = await handler.handle(
        request({ operation: 'citizen.lookups', payload: QUERY }),
      );
      const [error] = parsed<ErrorReply>(reply).error.details as {
        field: string;
        message: string;
      }[];
      expect(error.field).toBe('operation');
      expect(error.message).toContain('"citizen.lookups"');
      expect(error.message).toContain('citizen.lookup, health.check');
    });

    it('with a payload that breaks its contract is answered with each bad field', async () => {
      const { reply, deadLetter } = await handler.handle(
        lookup({ ...QUERY, personalId: '12', extra: 1 }),
      );
      expect(deadLetter).toBeDefined();
      const fields = (parsed<ErrorReply>(reply).error.details as { field: string }[]).map(
        (e) => e.field,
      );
      expect(fields).toEqual(expect.arrayContaining(['payload.personalId', 'payload.extra']));
    });

    it('is logged with field names and reasons, never the values', async () => {
      const headers = requestHeaders({ [KafkaHeader.Deadline]: 'soon' });
      await handler.handle(
        request({ operation: 'citizen.lookup', payload: { ...QUERY, dateOfBirth: 'x' } }, headers),
      );
      await handler.handle(lookup({ ...QUERY, dateOfBirth: '1990-01-01' }));
      const logged = JSON.stringify([logger.warn.mock.calls, logger.log.mock.calls]);
      expect(logger.warn).toHaveBeenCalledTimes(2);
      expect(logged).toContain('payload.dateOfBirth');
      expect(logged).not.toContain(QUERY.personalId);
      expect(logged).not.toContain('Nguyễn');
      expect(logged).not.toContain('1990-01-01');
    });
  });

  describe('a handler that throws', () => {
    it('is answered INTERNAL without leaking the error, which is logged with its stack', async () => {
      adapter.lookup.mockRejectedValueOnce(new TypeError('secret detail'));
      const { reply } = await handler.handle(lookup());
      const answer = parsed<ErrorReply>(reply);
      expect(answer.error.code).toBe(ErrorCode.Internal);
      expect(JSON.stringify(answer)).not.toContain('secret detail');
      expect(logger.error).toHaveBeenCalledWith(
        'operation handler threw',
        expect.stringContaining('secret detail'),
      );
    });
  });

  describe('health.check', () => {
    const healthCheck = (payload: object = {}) => request({ operation: 'health.check', payload });

    it('runs the self-check and reports it with the circuit state', async () => {
      circuitOpen = true;
      const answer = parsed<OkReply<SelfCheckResult>>((await handler.handle(healthCheck())).reply);
      expect(answer.data).toMatchObject({ healthy: true, circuitOpen: true });
      expect(answer.data.latencyMs).toBeGreaterThanOrEqual(0);
      expect(adapter.selfCheck).toHaveBeenCalledWith(
        expect.objectContaining({ correlationId: 'corr-1' }),
      );
    });

    it('reports an unhealthy upstream as data, with the reason', async () => {
      adapter.selfCheck.mockResolvedValueOnce(
        fail(ErrorCode.SourceUnavailable, 'population could not be reached'),
      );
      const answer = parsed<OkReply<SelfCheckResult>>((await handler.handle(healthCheck())).reply);
      expect(answer.data).toMatchObject({
        healthy: false,
        circuitOpen: false,
        detail: 'SOURCE_UNAVAILABLE: population could not be reached',
      });
    });

    it('takes no parameters', async () => {
      const answer = parsed<ErrorReply>((await handler.handle(healthCheck({ deep: true }))).reply);
      expect(answer.error.code).toBe(ErrorCode.ValidationFailed);
    });
  });
});

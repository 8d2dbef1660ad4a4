import { ErrorCode, errorReply, okReply } from '@interop/contracts';
import { parseReply } from './reply-envelope';
import { replyOfOutcome } from './reply-of-outcome';

const meta = {
  source: 'population',
  fetchedAt: '2025-06-01T08:30:00.000Z',
  cached: false,
  durationMs: 40,
};

describe('parseReply', () => {
  it('accepts the two envelopes of the contract', () => {
    const ok = okReply({ verified: true }, meta as never);
    const error = errorReply(ErrorCode.NotFound, 'no such citizen', { personalId: 'masked' });
    expect(parseReply(ok)).toEqual(ok);
    expect(parseReply(error)).toEqual(error);
    expect(parseReply({ ...ok, meta: { ...meta, traceId: 'x' } })).toBeDefined();
  });

  it.each([
    ['a string', 'not json'],
    ['null', null],
    ['no ok flag', { data: {}, meta }],
    ['data that is not an object', { ok: true, data: 'Nguyễn Văn An', meta }],
    ['no meta', { ok: true, data: {} }],
    ['an unknown source', { ok: true, data: {}, meta: { ...meta, source: 'tax' } }],
    ['a bad timestamp', { ok: true, data: {}, meta: { ...meta, fetchedAt: 'yesterday' } }],
    [
      'an unknown error code',
      { ok: false, error: { code: 'OOPS', message: 'x', retryable: false } },
    ],
    ['an error without message', { ok: false, error: { code: 'NOT_FOUND', retryable: false } }],
  ])('rejects %s', (_case, value) => {
    expect(parseReply(value)).toBeUndefined();
  });
});

describe('replyOfOutcome', () => {
  const codeOf = (reply: ReturnType<typeof replyOfOutcome>) => (reply.ok ? 'ok' : reply.error.code);

  it("passes a source's envelope through as it is", () => {
    const reply = okReply({ verified: false }, meta as never);
    expect(replyOfOutcome({ status: 'answered', value: reply }, 'population')).toBe(reply);
  });

  it('maps every other outcome to its code', () => {
    expect(codeOf(replyOfOutcome({ status: 'answered', value: '{"ok":' }, 'population'))).toBe(
      'UPSTREAM_INVALID_RESPONSE',
    );
    expect(codeOf(replyOfOutcome({ status: 'expired' }, 'population'))).toBe('DEADLINE_EXCEEDED');
    expect(codeOf(replyOfOutcome({ status: 'cancelled' }, 'population'))).toBe(
      'SOURCE_UNAVAILABLE',
    );
    const notSent = {
      status: 'failed',
      error: new Error('Connection error: ECONNREFUSED'),
    } as const;
    expect(codeOf(replyOfOutcome(notSent, 'population'))).toBe('SOURCE_UNAVAILABLE');
    const nestErrorHeader = { status: 'failed', error: 'Internal server error' } as const;
    expect(codeOf(replyOfOutcome(nestErrorHeader, 'population'))).toBe('UPSTREAM_INVALID_RESPONSE');
  });

  it('never passes on the text of a failure', () => {
    const reply = replyOfOutcome(
      { status: 'failed', error: new Error('broker 10.0.0.7 refused') },
      'population',
    );
    expect(JSON.stringify(reply)).not.toContain('10.0.0.7');
  });
});

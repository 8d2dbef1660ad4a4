import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { ErrorCode, errorReply, HTTP_STATUS_OF, okReply } from '@interop/contracts';
import { ApiError } from './api-error';
import { toErrorResponse } from './error-response';
import { toSourceResponse } from './source-response';

function bodyParserError(status: number, message: string): Error {
  return Object.assign(new Error(message), { status, expose: true, type: 'entity.too.large' });
}

describe('toErrorResponse', () => {
  it.each(Object.entries(HTTP_STATUS_OF))('answers %s with HTTP %i', (code, status) => {
    const { status: answered, body } = toErrorResponse(new ApiError(code as ErrorCode, 'why'));
    expect(answered).toBe(status);
    expect(body).toEqual({ error: { code, message: 'why' } });
  });

  it('keeps the details of an expected failure', () => {
    const details = [{ field: 'personalId', message: 'personalId must be exactly 12 digits' }];
    const { body } = toErrorResponse(new ApiError(ErrorCode.ValidationFailed, 'invalid', details));
    expect(body.error.details).toEqual(details);
  });

  it("gives Nest's own client errors a code", () => {
    expect(toErrorResponse(new NotFoundException('Cannot GET /nope'))).toEqual({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'Cannot GET /nope' } },
      unexpected: false,
    });
    expect(toErrorResponse(new BadRequestException('Unexpected token')).body.error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(toErrorResponse(new HttpException('slow down', 429)).body.error.code).toBe(
      'RATE_LIMITED',
    );
  });

  it("answers the body parser's errors with their own status", () => {
    const { status, body } = toErrorResponse(bodyParserError(413, 'request entity too large'));
    expect(status).toBe(413);
    expect(body.error).toEqual({ code: 'VALIDATION_FAILED', message: 'request entity too large' });
  });

  it('answers anything else as a bug, without its message or stack', () => {
    const secret = new Error('connect ECONNREFUSED 10.0.0.7:5432 for user gateway');
    const bugs = [secret, new HttpException('boom', 500), 'thrown string', undefined];
    for (const bug of bugs) {
      expect(toErrorResponse(bug)).toEqual({
        status: 500,
        body: { error: { code: 'INTERNAL', message: 'Internal error' } },
        unexpected: true,
      });
    }
  });

  it('does not trust a status on an arbitrary error', () => {
    const upstream = Object.assign(new Error('Request failed with status code 404'), {
      status: 404,
    });
    expect(toErrorResponse(upstream).body.error.code).toBe('INTERNAL');
  });
});

describe('toSourceResponse', () => {
  const meta = {
    source: 'population' as const,
    fetchedAt: '2025-01-01T00:00:00.000Z',
    cached: false,
    durationMs: 12,
  };

  it('answers data with its provenance and the request id', () => {
    expect(toSourceResponse(okReply({ verified: true }, meta), 'req-1')).toEqual({
      data: { verified: true },
      meta: { ...meta, requestId: 'req-1' },
    });
  });

  it("raises a source's error reply with the status of its code", () => {
    const answer = () =>
      toSourceResponse(errorReply(ErrorCode.NotFound, 'no such citizen'), 'req-1');
    expect(answer).toThrow(ApiError);
    expect(answer).toThrow(expect.objectContaining({ code: 'NOT_FOUND', status: 404 }));
  });
});

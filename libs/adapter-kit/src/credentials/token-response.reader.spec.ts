import { ErrorCode } from '@interop/contracts';
import { readTokenResponse } from './token-response.reader';

const answer = (status: number, data: unknown) => readTokenResponse({ status, headers: {}, data });

describe('readTokenResponse', () => {
  it('reads a bearer token and its lifetime, from text or parsed JSON', () => {
    const body = { access_token: 'tok', token_type: 'Bearer', expires_in: 300 };
    const expected = { ok: true, value: { accessToken: 'tok', expiresInSeconds: 300 } };
    expect(answer(200, JSON.stringify(body))).toEqual(expected);
    expect(answer(200, body)).toEqual(expected);
    expect(answer(200, { ...body, token_type: 'bearer', expires_in: '300' })).toEqual(expected);
  });

  it('keeps a token without expires_in until it is refused', () => {
    expect(answer(200, { access_token: 'tok', token_type: 'Bearer' })).toEqual({
      ok: true,
      value: { accessToken: 'tok' },
    });
  });

  it.each([
    ['truncated JSON', '{"access_token":"to'],
    ['no access_token', { token_type: 'Bearer' }],
    ['an empty access_token', { access_token: '', token_type: 'Bearer' }],
    ['another token type', { access_token: 'tok', token_type: 'MAC' }],
    ['a negative lifetime', { access_token: 'tok', token_type: 'Bearer', expires_in: -1 }],
    [
      'a lifetime that is no number',
      { access_token: 'tok', token_type: 'Bearer', expires_in: 'soon' },
    ],
  ])('answers UPSTREAM_INVALID_RESPONSE to %s, never quoting the token', (_, data) => {
    const outcome = answer(200, data);
    expect(outcome).toMatchObject({ ok: false, code: ErrorCode.UpstreamInvalidResponse });
    expect(JSON.stringify(outcome)).not.toContain('tok"');
  });

  it.each(['invalid_client', 'unauthorized_client', 'invalid_grant', 'invalid_scope'])(
    'answers FORBIDDEN when the server refuses the client (%s), without its description',
    (error) => {
      const outcome = answer(401, { error, error_description: 'client s3cret unknown' });
      expect(outcome).toEqual({
        ok: false,
        code: ErrorCode.Forbidden,
        message: `the token endpoint refused the client (${error})`,
        details: { oauthError: error },
      });
    },
  );

  it('answers INTERNAL to a request the server finds malformed: the bug is ours', () => {
    expect(answer(400, { error: 'unsupported_grant_type' })).toMatchObject({
      code: ErrorCode.Internal,
    });
  });

  it('answers UPSTREAM_INVALID_RESPONSE to a status the protocol does not use', () => {
    expect(answer(404, 'Not Found')).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
      details: { status: 404 },
    });
  });
});

import { ErrorCode } from '@interop/contracts';
import { Mapped } from '@interop/adapter-kit';
import { fixtureText } from '../fixtures/fixtures';
import { civilStatusReader } from './civil-status-response.reader';

describe('civilStatusReader', () => {
  const map = jest.fn((body: unknown): Mapped<unknown> => ({ ok: true, value: body }));
  const read = civilStatusReader(map, 'birth registration');
  const answer = (status: number, file: string) =>
    read({ status, headers: {}, data: fixtureText(file) });

  beforeEach(() => map.mockClear());

  it('maps the JSON of a 200', () => {
    expect(answer(200, 'birth-ok.json')).toMatchObject({ ok: true, value: { soDangKy: '260' } });
  });

  it('answers UPSTREAM_INVALID_RESPONSE to a truncated body, without mapping it', () => {
    expect(answer(200, 'birth-truncated.txt')).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
      message: 'the civil-status database answered something that is not JSON',
    });
    expect(map).not.toHaveBeenCalled();
  });

  it('answers UPSTREAM_INVALID_RESPONSE with the mapper’s problems', () => {
    map.mockReturnValueOnce({ ok: false, problems: ['khaiSinh.noiSinh is missing'] });
    expect(answer(200, 'birth-ok.json')).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
      details: { problems: ['khaiSinh.noiSinh is missing'] },
    });
  });

  it('answers NOT_FOUND to a 404, naming what is missing', () => {
    expect(answer(404, 'not-found.json')).toEqual({
      ok: false,
      code: ErrorCode.NotFound,
      message: 'the civil-status database holds no birth registration',
    });
  });

  it('answers VALIDATION_FAILED to a 400: the database refuses the input it was given', () => {
    expect(answer(400, 'invalid-request.json')).toMatchObject({
      code: ErrorCode.ValidationFailed,
    });
  });

  it('answers FORBIDDEN to a 403', () => {
    expect(read({ status: 403, headers: {}, data: '' })).toMatchObject({
      code: ErrorCode.Forbidden,
    });
  });

  it('answers UPSTREAM_INVALID_RESPONSE to a status the API does not use', () => {
    expect(read({ status: 302, headers: {}, data: '' })).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
      details: { status: 302 },
    });
  });
});

import { ErrorCode } from '@interop/contracts';
import { fail, succeed } from '../source-adapter/outcome';
import { Fields } from './fields';
import { Mapped } from './mapped';
import { readAnswer, readJsonAnswer } from './response-readers';
import { upstreamErrorTable } from './upstream-error-table';

const ERRORS = upstreamErrorTable({
  upstream: 'the civil-status database',
  faultCodeOf: (body) => Fields.ofJson(body, 'loi').optionalText('maLoi'),
  http: { 404: ErrorCode.NotFound },
});
const answer = (status: number, data: unknown) => ({ status, headers: {}, data });

describe('readJsonAnswer', () => {
  const map = jest.fn((body: unknown): Mapped<unknown> => ({ ok: true, value: body }));
  const read = readJsonAnswer(map, { errors: ERRORS, record: 'birth registration' });

  beforeEach(() => map.mockClear());

  it('maps the JSON of an answer', () => {
    expect(read(answer(200, '{"soDangKy":"260"}'))).toEqual(succeed({ soDangKy: '260' }));
  });

  it('answers UPSTREAM_INVALID_RESPONSE to a body that is not JSON, without mapping it', () => {
    expect(read(answer(200, '{"soDangKy":'))).toEqual({
      ok: false,
      code: ErrorCode.UpstreamInvalidResponse,
      message: 'the civil-status database answered something that is not JSON',
      details: { problems: ['the body is not JSON'] },
    });
    expect(map).not.toHaveBeenCalled();
  });

  it('answers UPSTREAM_INVALID_RESPONSE with the mapper’s problems', () => {
    map.mockReturnValueOnce({ ok: false, problems: ['khaiSinh.noiSinh is missing'] });
    expect(read(answer(200, '{}'))).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
      details: { problems: ['khaiSinh.noiSinh is missing'] },
    });
  });

  it('reads any other response through the table, naming what was asked for', () => {
    expect(read(answer(404, '{"maLoi":"KHONG_TIM_THAY"}'))).toEqual(
      fail(ErrorCode.NotFound, 'the civil-status database holds no birth registration'),
    );
    expect(read(answer(302, ''))).toMatchObject({ details: { status: 302 } });
    expect(map).not.toHaveBeenCalled();
  });
});

describe('readAnswer', () => {
  it('hands answers to its reader and the rest to the table', () => {
    const read = readAnswer(ERRORS, ({ data }) => succeed(String(data)));
    expect(read(answer(200, '<Envelope/>'))).toEqual(succeed('<Envelope/>'));
    expect(read(answer(404, 'Not Found'))).toMatchObject({ code: ErrorCode.NotFound });
  });
});

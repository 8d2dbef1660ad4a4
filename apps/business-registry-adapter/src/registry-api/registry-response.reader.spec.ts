import { ErrorCode } from '@interop/contracts';
import { succeed } from '@interop/adapter-kit';
import { mapEnterprise } from './enterprise.mapper';
import { mapPing } from './ping.mapper';
import { readRegistryResponse } from './registry-response.reader';
import { fixtureText } from '../fixtures/read-fixture';

const answer = (status: number, data: string) => ({ status, headers: {}, data });
const readLookup = readRegistryResponse(mapEnterprise);

describe('readRegistryResponse', () => {
  it('parses and maps a 200 answer', () => {
    expect(readLookup(answer(200, fixtureText('lookup-ok.json')))).toMatchObject({
      ok: true,
      value: { enterpriseCode: '0103376519' },
    });
    expect(readRegistryResponse(mapPing)(answer(200, fixtureText('ping-ok.json')))).toEqual(
      succeed(true),
    );
  });

  it('answers UPSTREAM_INVALID_RESPONSE, with the problems, for an answer that fails mapping', () => {
    const outcome = readLookup(answer(200, fixtureText('lookup-missing-required-fields.json')));
    expect(outcome).toMatchObject({
      ok: false,
      code: ErrorCode.UpstreamInvalidResponse,
      details: { problems: expect.arrayContaining(['doanhNghiep.loaiHinh is missing']) },
    });
  });

  it('answers UPSTREAM_INVALID_RESPONSE for a body cut short', () => {
    expect(readLookup(answer(200, fixtureText('lookup-truncated.txt')))).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
      details: { problems: ['the body is not JSON'] },
    });
  });

  it('answers NOT_FOUND for the registry’s own 404', () => {
    expect(readLookup(answer(404, fixtureText('not-found.json')))).toMatchObject({
      code: ErrorCode.NotFound,
    });
  });

  it('answers UPSTREAM_INVALID_RESPONSE for a 404 the registry did not write: a wrong URL', () => {
    const page = '{"message":"Cannot GET /v1/doanh-nghiep","statusCode":404}';
    expect(readLookup(answer(404, page))).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
      details: { status: 404 },
    });
    expect(readLookup(answer(404, '<html>Not Found</html>'))).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
    });
  });

  it('answers FORBIDDEN, naming the API key, when the key is refused', () => {
    const outcome = readLookup(answer(401, fixtureText('error-auth.json')));
    expect(outcome).toMatchObject({ code: ErrorCode.Forbidden });
    expect(!outcome.ok && outcome.message).toContain('API key');
  });

  it('answers VALIDATION_FAILED for a request the registry finds malformed: the input is refused', () => {
    const outcome = readLookup(answer(400, fixtureText('error-invalid-request.json')));
    expect(outcome).toMatchObject({ code: ErrorCode.ValidationFailed });
    expect(!outcome.ok && outcome.message).toContain('YEU_CAU_KHONG_HOP_LE');
    expect(JSON.stringify(outcome)).not.toContain('Thiếu');
  });
});

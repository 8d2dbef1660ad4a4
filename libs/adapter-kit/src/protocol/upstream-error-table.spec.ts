import { ErrorCode } from '@interop/contracts';
import { upstreamErrorTable } from './upstream-error-table';

const REGISTRY = upstreamErrorTable({
  upstream: 'the business registry',
  faultCodeOf: (body) => (body as { maLoi?: string }).maLoi,
  http: {
    400: ErrorCode.ValidationFailed,
    401: { code: ErrorCode.Forbidden, message: "the registry refused the gateway's API key" },
  },
  faults: { KHONG_TIM_THAY: ErrorCode.NotFound },
});

describe('UpstreamErrorTable', () => {
  it('takes 200 as the answer unless told which statuses are', () => {
    expect(REGISTRY.isAnswer(200)).toBe(true);
    expect(REGISTRY.isAnswer(500)).toBe(false);
    const soap = upstreamErrorTable({ upstream: 'the population database', answers: [200, 500] });
    expect(soap.isAnswer(500)).toBe(true);
  });

  it('knows the statuses every upstream shares, and which of them to retry', () => {
    expect(REGISTRY.ofStatus(429)).toEqual({ code: ErrorCode.RateLimited, transient: true });
    expect(REGISTRY.ofStatus(503)).toEqual({ code: ErrorCode.SourceUnavailable, transient: true });
    expect(REGISTRY.ofStatus(500)).toEqual({ code: ErrorCode.SourceUnavailable, transient: false });
    expect(REGISTRY.ofStatus(599)).toEqual({ code: ErrorCode.SourceUnavailable, transient: false });
    expect(REGISTRY.ofStatus(404)).toBeUndefined();
  });

  it('answers a declared status in its own words or the kit’s', () => {
    expect(REGISTRY.failureOf(401)).toEqual({
      ok: false,
      code: ErrorCode.Forbidden,
      message: "the registry refused the gateway's API key",
    });
    expect(REGISTRY.failureOf(400)).toEqual({
      ok: false,
      code: ErrorCode.ValidationFailed,
      message: 'the business registry refused the request as malformed',
    });
  });

  it('lets a known fault code decide, and names it in the message', () => {
    expect(
      REGISTRY.failureOf(404, { maLoi: 'KHONG_TIM_THAY' }, 'enterprise with this code'),
    ).toEqual({
      ok: false,
      code: ErrorCode.NotFound,
      message: 'the business registry holds no enterprise with this code (KHONG_TIM_THAY)',
    });
    expect(REGISTRY.failureOf(400, { maLoi: 'YEU_CAU_KHONG_HOP_LE' })).toEqual({
      ok: false,
      code: ErrorCode.ValidationFailed,
      message: 'the business registry refused the request as malformed',
    });
  });

  it('answers a status the upstream does not use, a wrong URL’s 404 say, as an invalid response', () => {
    expect(REGISTRY.failureOf(404, { message: 'Cannot GET /v1' })).toEqual({
      ok: false,
      code: ErrorCode.UpstreamInvalidResponse,
      message: 'the business registry answered HTTP 404, which it does not use here',
      details: { status: 404 },
    });
    expect(REGISTRY.failureOf(409, { maLoi: 'XUNG_DOT' })).toMatchObject({
      details: { status: 409, upstreamCode: 'XUNG_DOT' },
    });
  });

  it('reads a fault code on its own, own keys only', () => {
    expect(REGISTRY.faultOf('KHONG_TIM_THAY')).toMatchObject({ code: ErrorCode.NotFound });
    expect(REGISTRY.faultOf('toString')).toBeUndefined();
  });

  it('reports an answer that fails validation with its problems', () => {
    expect(REGISTRY.invalid(['doanhNghiep.loaiHinh is missing'])).toEqual({
      ok: false,
      code: ErrorCode.UpstreamInvalidResponse,
      message: 'the business registry answered something that fails validation',
      details: { problems: ['doanhNghiep.loaiHinh is missing'] },
    });
  });
});

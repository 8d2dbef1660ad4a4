import {
  ApiRequest,
  BusinessRegistryContext,
  handleLookup,
  handlePing,
  handleSearch,
} from './business-registry-api.handler';
import { EnterpriseRegistry } from './enterprise-registry';

const registry = EnterpriseRegistry.forPopulation(20250701, 1000);
const context: BusinessRegistryContext = { registry, apiKey: 'test-key' };
const PURPOSE = { maDonVi: 'H40.DVC', maCanBo: 'CB0001', maThuTuc: '1.001234' };
const withBranch = registry.enterprises.find((enterprise) => enterprise.branches.length > 0)!;

const authorised = (query: Record<string, unknown> = {}): ApiRequest => ({
  apiKey: 'test-key',
  query: { ...PURPOSE, ...query },
});
const bodyOf = (response: { body: string }) => JSON.parse(response.body);
const lookup = (maSo: string, request = authorised()) =>
  handleLookup({ ...request, maSo }, context);
const search = (query: Record<string, unknown>) => handleSearch(authorised(query), context);

describe('the API key', () => {
  it.each([
    ['missing', undefined],
    ['wrong', 'guess'],
  ])('is refused with 401 LOI_XAC_THUC when %s, before anything else is read', (_, apiKey) => {
    for (const response of [
      handlePing({ apiKey, query: {} }, context),
      handleLookup({ apiKey, query: {}, maSo: 'not-a-code' }, context),
      handleSearch({ apiKey, query: {} }, context),
    ]) {
      expect(response.status).toBe(401);
      expect(bodyOf(response)).toEqual({ maLoi: 'LOI_XAC_THUC', thongBao: expect.any(String) });
    }
  });

  it('opens the ping, which needs no purpose of use', () => {
    const response = handlePing({ apiKey: 'test-key', query: {} }, context);
    expect(response).toMatchObject({ status: 200, contentType: 'application/json; charset=utf-8' });
    expect(bodyOf(response)).toEqual({ trangThai: 'HOAT_DONG' });
  });
});

describe('GET doanh-nghiep/{maSo}', () => {
  it('answers the full profile of an enterprise', () => {
    const response = lookup(withBranch.code);
    expect(response.status).toBe(200);
    expect(bodyOf(response)).toEqual(
      expect.objectContaining({
        maSoDoanhNghiep: withBranch.code,
        tenDoanhNghiep: withBranch.name,
        nguoiDaiDien: {
          hoTen: withBranch.representative.fullName,
          soDinhDanh: withBranch.representative.personalId,
          chucDanh: withBranch.representative.position,
        },
        vonDieuLe: withBranch.charterCapital,
        ngayThanhLap: withBranch.establishedOn.split('-').reverse().join('/'),
        tinhTrang: { ma: expect.stringMatching(/^0[1-7]$/), ten: expect.any(String) },
      }),
    );
  });

  it('answers the parent enterprise, with its branches, for a branch code', () => {
    const branch = withBranch.branches[0];
    const body = bodyOf(lookup(branch.code));
    expect(body.maSoDoanhNghiep).toBe(withBranch.code);
    expect(body.chiNhanh).toContainEqual(expect.objectContaining({ maSo: branch.code }));
  });

  it('answers 404 KHONG_TIM_THAY for a code nobody has, without repeating it', () => {
    const [unknown] = registry.unknownCodes;
    for (const code of [unknown, `${withBranch.code}-999`]) {
      const response = lookup(code);
      expect(response.status).toBe(404);
      expect(bodyOf(response).maLoi).toBe('KHONG_TIM_THAY');
      expect(response.body).not.toContain(code);
    }
  });

  it('answers 400 for a malformed code', () => {
    for (const code of ['12345', '0101234567-1', 'abcdefghij']) {
      expect(bodyOf(lookup(code)).maLoi).toBe('YEU_CAU_KHONG_HOP_LE');
    }
  });

  it('requires the purpose of use, naming what is missing', () => {
    const request = { apiKey: 'test-key', query: { maDonVi: 'H40.DVC', maCanBo: ' ' } };
    const response = lookup(withBranch.code, request);
    expect(response.status).toBe(400);
    expect(bodyOf(response).thongBao).toBe('Thiếu tham số bắt buộc: maCanBo, maThuTuc');
  });
});

describe('GET doanh-nghiep?ten=&trang=&soBanGhi=', () => {
  it('answers a page of summaries with the total, 20 by default', () => {
    const body = bodyOf(search({ ten: 'xay dung' }));
    expect(body).toEqual(
      expect.objectContaining({ tongSoBanGhi: expect.any(Number), trang: 1, soBanGhi: 20 }),
    );
    expect(body.tongSoBanGhi).toBeGreaterThan(20);
    expect(body.danhSach).toHaveLength(20);
    expect(Object.keys(body.danhSach[0])).toEqual(
      expect.arrayContaining(['maSoDoanhNghiep', 'tenDoanhNghiep', 'tinhTrang', 'diaChiTruSo']),
    );
    expect(body.danhSach[0].nguoiDaiDien).toBeUndefined();
  });

  it('answers the requested page', () => {
    const first = bodyOf(search({ ten: 'Xây dựng', soBanGhi: '5' }));
    const second = bodyOf(search({ ten: 'Xây dựng', trang: '2', soBanGhi: '5' }));
    expect(second).toEqual(expect.objectContaining({ trang: 2, soBanGhi: 5 }));
    expect(second.tongSoBanGhi).toBe(first.tongSoBanGhi);
    const codes = (page: { danhSach: { maSoDoanhNghiep: string }[] }) =>
      page.danhSach.map((item) => item.maSoDoanhNghiep);
    expect(codes(second)).toHaveLength(5);
    expect(codes(second).filter((code) => codes(first).includes(code))).toEqual([]);
  });

  it('accepts 50 per page and refuses more', () => {
    expect(search({ ten: 'Công ty', soBanGhi: '50' }).status).toBe(200);
    const response = search({ ten: 'Công ty', soBanGhi: '51' });
    expect(response.status).toBe(400);
    expect(bodyOf(response).thongBao).toContain('soBanGhi');
  });

  it.each([
    [{}, 'ten'],
    [{ ten: 'a' }, 'ten'],
    [{ ten: ['Công ty', 'Xây dựng'] }, 'ten'],
    [{ ten: 'Công ty', trang: '0' }, 'trang'],
    [{ ten: 'Công ty', trang: 'hai' }, 'trang'],
    [{ ten: 'Công ty', soBanGhi: '-1' }, 'soBanGhi'],
  ])('answers 400 for %p, naming %s', (query, parameter) => {
    const response = search(query);
    expect(response.status).toBe(400);
    expect(bodyOf(response)).toEqual({
      maLoi: 'YEU_CAU_KHONG_HOP_LE',
      thongBao: expect.stringContaining(parameter),
    });
  });
});

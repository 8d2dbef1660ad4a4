import { Enterprise } from '@interop/contracts';
import { mapEnterprise } from './enterprise.mapper';
import { fixture } from '../fixtures/read-fixture';

const HANOI_HEAD_OFFICE = {
  provinceCode: '01',
  provinceName: 'Hà Nội',
  communeCode: '00112',
  communeName: 'Phường Nghĩa Đô',
  detail: 'Số 13, ngõ 45 Ngô Quyền',
};
const BRANCH_PREFIX = 'Chi nhánh Công ty TNHH Một thành viên Xuất nhập khẩu Ánh Phong tại';

/** lookup-ok.json, mapped by hand. */
const ANH_PHONG: Enterprise = {
  enterpriseCode: '0103376519',
  names: {
    vietnamese: 'Công ty TNHH Một thành viên Xuất nhập khẩu Ánh Phong',
    foreign: 'ANH PHONG IMPORT EXPORT COMPANY LIMITED',
    short: 'ANH PHONG CO., LTD',
  },
  type: 'Công ty trách nhiệm hữu hạn một thành viên',
  status: 'active',
  registeredAddress: HANOI_HEAD_OFFICE,
  legalRepresentative: {
    personalId: '092077247281',
    fullName: 'Trịnh Anh Dũng',
    position: 'Giám đốc',
  },
  charterCapital: { amount: 890_000_000, currency: 'VND' },
  businessLines: [
    {
      code: '4620',
      name: 'Bán buôn nông, lâm sản nguyên liệu (trừ gỗ, tre, nứa) và động vật sống',
      main: true,
    },
    { code: '4632', name: 'Bán buôn thực phẩm', main: false },
    { code: '4641', name: 'Bán buôn vải, hàng may mặc, giày dép', main: false },
    { code: '4659', name: 'Bán buôn máy móc, thiết bị và phụ tùng máy khác', main: false },
    { code: '5210', name: 'Kho bãi và lưu giữ hàng hóa', main: false },
    { code: '5229', name: 'Hoạt động dịch vụ hỗ trợ khác liên quan đến vận tải', main: false },
    {
      code: '6810',
      name: 'Kinh doanh bất động sản, quyền sử dụng đất thuộc chủ sở hữu, chủ sử dụng hoặc đi thuê',
      main: false,
    },
    {
      code: '8299',
      name: 'Hoạt động dịch vụ hỗ trợ kinh doanh khác còn lại chưa được phân vào đâu',
      main: false,
    },
  ],
  establishedOn: '2002-03-16',
  branches: [
    {
      branchCode: '0103376519-001',
      name: `${BRANCH_PREFIX} Thành phố Hồ Chí Minh`,
      address: {
        provinceCode: '79',
        provinceName: 'Hồ Chí Minh',
        communeCode: '26830',
        communeName: 'Phường Trường Thọ',
        detail: 'Số 103 Hùng Vương',
      },
      status: 'active',
    },
    {
      branchCode: '0103376519-002',
      name: `${BRANCH_PREFIX} Hưng Yên`,
      address: {
        provinceCode: '33',
        provinceName: 'Hưng Yên',
        communeCode: '11965',
        communeName: 'Phường Quang Trung',
        detail: 'Số 148 Lý Thường Kiệt',
      },
      status: 'active',
    },
    {
      branchCode: '0103376519-003',
      name: `${BRANCH_PREFIX} Đồng Nai`,
      address: {
        provinceCode: '75',
        provinceName: 'Đồng Nai',
        communeCode: '26041',
        communeName: 'Phường Quyết Thắng',
        detail: '42/227 Nguyễn Trãi',
      },
      status: 'active',
    },
  ],
};

describe('mapEnterprise', () => {
  it('maps every field of a full profile to the canonical enterprise', () => {
    expect(mapEnterprise(fixture('lookup-ok.json'))).toStrictEqual({ ok: true, value: ANH_PHONG });
  });

  it('leaves absent optional fields out, and answers no branches as an empty list', () => {
    expect(mapEnterprise(fixture('lookup-no-optional-fields.json'))).toStrictEqual({
      ok: true,
      value: {
        ...ANH_PHONG,
        names: { vietnamese: ANH_PHONG.names.vietnamese },
        registeredAddress: { ...HANOI_HEAD_OFFICE, detail: '' },
        branches: [],
      },
    });
  });

  it('ignores fields it does not know, and takes null for absent', () => {
    expect(mapEnterprise(fixture('lookup-extra-fields.json'))).toStrictEqual({
      ok: true,
      value: {
        ...ANH_PHONG,
        names: { vietnamese: ANH_PHONG.names.vietnamese, foreign: ANH_PHONG.names.foreign },
      },
    });
  });

  it.each([
    ['01', 'active'],
    ['02', 'suspended'],
    ['03', 'not-operating-at-registered-address'],
    ['04', 'certificate-revoked'],
    ['05', 'dissolving'],
    ['06', 'bankrupt'],
    ['07', 'dissolved'],
  ])('maps status code %s to %s', (code, status) => {
    const profile = { ...(fixture('lookup-ok.json') as object), tinhTrang: { ma: code } };
    expect(mapEnterprise(profile)).toMatchObject({ ok: true, value: { status } });
  });

  it('names every missing required field', () => {
    expect(mapEnterprise(fixture('lookup-missing-required-fields.json'))).toEqual({
      ok: false,
      problems: [
        'doanhNghiep.loaiHinh is missing',
        'doanhNghiep.diaChiTruSo.tenTinhThanh is missing',
        'doanhNghiep.nguoiDaiDien is missing',
        'doanhNghiep.nganhNghe is missing',
      ],
    });
  });

  it('names every malformed value, without quoting it', () => {
    const outcome = mapEnterprise(fixture('lookup-malformed-values.json'));
    expect(outcome).toEqual({
      ok: false,
      problems: [
        'doanhNghiep.tinhTrang.ma is not a known status code',
        'doanhNghiep.diaChiTruSo.maTinhThanh must be text',
        'doanhNghiep.nguoiDaiDien.soDinhDanh must be 12 digits',
        'doanhNghiep.vonDieuLe must be a whole number from 0',
        'doanhNghiep.nganhNghe[2].maNganh must be 4 digits',
        'doanhNghiep.nganhNghe must have exactly one main line, not 2',
        'doanhNghiep.ngayThanhLap must be a real date as dd/MM/yyyy',
        "doanhNghiep.chiNhanh[0].maSo must be the enterprise's code followed by -001 to -999",
      ],
    });
    expect(JSON.stringify(outcome)).not.toContain('09207724728');
  });

  it('refuses a code with a wrong check digit, and leaves its branches to that one problem', () => {
    const profile = { ...(fixture('lookup-ok.json') as object), maSoDoanhNghiep: '0103376518' };
    expect(mapEnterprise(profile)).toEqual({
      ok: false,
      problems: ['doanhNghiep.maSoDoanhNghiep check digit must be 9, not 8'],
    });
  });

  it('refuses a branch code where the enterprise code belongs', () => {
    const profile = { ...(fixture('lookup-ok.json') as object), maSoDoanhNghiep: '0103376519-001' };
    expect(mapEnterprise(profile)).toEqual({
      ok: false,
      problems: ['doanhNghiep.maSoDoanhNghiep must be an enterprise code, not a branch code'],
    });
  });

  it.each([null, [], 'text', 42])('refuses %p as a profile', (json) => {
    expect(mapEnterprise(json)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining(['doanhNghiep must be an object']),
    });
  });
});

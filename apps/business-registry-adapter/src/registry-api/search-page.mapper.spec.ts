import { mapSearchPage } from './search-page.mapper';
import { fixture } from '../fixtures/read-fixture';

describe('mapSearchPage', () => {
  it('maps a page of summaries, with the page, its size and the total', () => {
    expect(mapSearchPage(fixture('search-ok.json'))).toStrictEqual({
      ok: true,
      value: {
        items: [
          {
            enterpriseCode: '0312053896',
            names: { vietnamese: 'Công ty TNHH Bất động sản Hoàng Long' },
            type: 'Công ty trách nhiệm hữu hạn một thành viên',
            status: 'active',
            establishedOn: '2015-08-28',
            provinceName: 'Hồ Chí Minh',
          },
          {
            enterpriseCode: '0316894868',
            names: {
              vietnamese: 'Công ty Cổ phần Thương mại và Dịch vụ Hoàng Long',
              foreign: 'HOANG LONG TRADING AND SERVICES JOINT STOCK COMPANY',
              short: 'HOANG LONG JSC',
            },
            type: 'Công ty cổ phần',
            status: 'certificate-revoked',
            establishedOn: '2021-01-05',
            provinceName: 'Hồ Chí Minh',
          },
        ],
        page: 1,
        pageSize: 2,
        total: 3,
      },
    });
  });

  it('maps a search that found nothing to an empty page', () => {
    expect(mapSearchPage(fixture('search-empty.json'))).toStrictEqual({
      ok: true,
      value: { items: [], page: 1, pageSize: 20, total: 0 },
    });
  });

  it('names every problem of a malformed page', () => {
    expect(mapSearchPage(fixture('search-malformed.json'))).toEqual({
      ok: false,
      problems: [
        'ketQua.danhSach[0].maSoDoanhNghiep is missing',
        'ketQua.danhSach[1].tinhTrang must be an object',
        'ketQua.danhSach holds more items than soBanGhi',
        'ketQua.tongSoBanGhi must be a whole number from 0',
      ],
    });
  });

  it('refuses a page without its list', () => {
    expect(mapSearchPage({ tongSoBanGhi: 0, trang: 1, soBanGhi: 20 })).toEqual({
      ok: false,
      problems: ['ketQua.danhSach is missing'],
    });
  });
});

import { EnterpriseSearchPage, EnterpriseSummary } from '@interop/contracts';
import { DAY_MONTH_YEAR, Fields, Mapped } from '@interop/adapter-kit';
import { enterpriseCodeCheck, mapNames, mapStatus } from './registry-fields';

/** A page of the registry's name search → EnterpriseSearchPage. */
export function mapSearchPage(json: unknown): Mapped<EnterpriseSearchPage> {
  const fields = Fields.ofJson(json, 'ketQua');
  const pageSize = fields.integer('soBanGhi', 1);
  const items = fields.list('danhSach').map(mapSummary);
  if (items.length > pageSize) fields.problem('danhSach', 'holds more items than soBanGhi');
  return fields.result({
    items,
    page: fields.integer('trang', 1),
    pageSize,
    total: fields.integer('tongSoBanGhi', 0),
  });
}

function mapSummary(fields: Fields): EnterpriseSummary {
  return {
    enterpriseCode: fields.text('maSoDoanhNghiep', enterpriseCodeCheck),
    names: mapNames(fields),
    type: fields.text('loaiHinh'),
    status: mapStatus(fields, 'tinhTrang'),
    establishedOn: fields.date('ngayThanhLap', DAY_MONTH_YEAR),
    provinceName: fields.child('diaChiTruSo').text('tenTinhThanh'),
  };
}

import { Address } from '@interop/contracts';
import { XmlFields } from './xml-fields';

/** QueQuan, ThuongTru, NoiOHienTai → Address; ChiTiet may be absent (a hometown often has none). */
export function mapAddress(fields: XmlFields | undefined): Address | undefined {
  if (!fields) return undefined;
  return {
    provinceCode: fields.required('MaTinhThanh', /^\d{2}$/, 'be a two-digit province code'),
    provinceName: fields.required('TenTinhThanh'),
    communeCode: fields.required('MaPhuongXa', /^\d{5}$/, 'be a five-digit commune code'),
    communeName: fields.required('TenPhuongXa'),
    detail: fields.optional('ChiTiet') ?? '',
  };
}

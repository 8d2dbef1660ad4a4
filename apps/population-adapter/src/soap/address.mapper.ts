import { Address } from '@interop/contracts';
import { Fields, matches } from '@interop/adapter-kit';

const PROVINCE_CODE = matches(/^\d{2}$/, 'must be a two-digit province code');
const COMMUNE_CODE = matches(/^\d{5}$/, 'must be a five-digit commune code');

/** QueQuan, ThuongTru, NoiOHienTai → Address; ChiTiet may be absent (a hometown often has none). */
export function mapAddress(fields: Fields | undefined): Address | undefined {
  if (!fields) return undefined;
  return {
    provinceCode: fields.text('MaTinhThanh', PROVINCE_CODE),
    provinceName: fields.text('TenTinhThanh'),
    communeCode: fields.text('MaPhuongXa', COMMUNE_CODE),
    communeName: fields.text('TenPhuongXa'),
    detail: fields.optionalText('ChiTiet') ?? '',
  };
}

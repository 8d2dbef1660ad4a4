import { Address } from '@interop/contracts';
import { Fields, matches } from '@interop/adapter-kit';

const PROVINCE_CODE = matches(/^\d{2}$/, 'must be a two-digit province code');
const COMMUNE_CODE = matches(/^\d{5}$/, 'must be a five-digit commune code');

/** diaChiTruSo, diaChi → Address; chiTiet (house and street) may be absent. */
export function mapAddress(fields: Fields): Address {
  return {
    provinceCode: fields.text('maTinhThanh', PROVINCE_CODE),
    provinceName: fields.text('tenTinhThanh'),
    communeCode: fields.text('maPhuongXa', COMMUNE_CODE),
    communeName: fields.text('tenPhuongXa'),
    detail: fields.optionalText('chiTiet') ?? '',
  };
}

import { Address } from '@interop/contracts';
import { JsonFields, ValueCheck } from './json-fields';

const digits =
  (count: number, what: string): ValueCheck =>
  (value) =>
    new RegExp(`^\\d{${count}}$`).test(value) ? undefined : `must be a ${what}`;

/** diaChiTruSo, diaChi → Address; chiTiet (house and street) may be absent. */
export function mapAddress(fields: JsonFields): Address {
  return {
    provinceCode: fields.text('maTinhThanh', digits(2, 'two-digit province code')),
    provinceName: fields.text('tenTinhThanh'),
    communeCode: fields.text('maPhuongXa', digits(5, 'five-digit commune code')),
    communeName: fields.text('tenPhuongXa'),
    detail: fields.optionalText('chiTiet') ?? '',
  };
}

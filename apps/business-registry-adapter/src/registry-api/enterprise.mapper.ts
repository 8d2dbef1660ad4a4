import { BusinessLine, Enterprise, LegalRepresentative } from '@interop/contracts';
import { DAY_MONTH_YEAR, Fields, Mapped, matches } from '@interop/adapter-kit';
import { mapAddress } from './address.mapper';
import { mapBranch } from './branch.mapper';
import { enterpriseCodeCheck, mapNames, mapStatus } from './registry-fields';

const PERSONAL_ID = matches(/^\d{12}$/, 'must be 12 digits');
const VSIC_CODE = matches(/^\d{4}$/, 'must be 4 digits');

/**
 * Maps the registry's enterprise profile to the canonical Enterprise. Required fields must be
 * present and well-formed; where one is not, a placeholder stands in and the answer is refused.
 */
export function mapEnterprise(json: unknown): Mapped<Enterprise> {
  const fields = Fields.ofJson(json, 'doanhNghiep');
  const enterpriseCode = fields.text('maSoDoanhNghiep', enterpriseCodeCheck);
  return fields.result<Enterprise>({
    enterpriseCode,
    names: mapNames(fields),
    type: fields.text('loaiHinh'),
    status: mapStatus(fields, 'tinhTrang'),
    registeredAddress: mapAddress(fields.child('diaChiTruSo')),
    legalRepresentative: mapLegalRepresentative(fields.child('nguoiDaiDien')),
    charterCapital: { amount: fields.integer('vonDieuLe', 0), currency: 'VND' },
    businessLines: mapBusinessLines(fields),
    establishedOn: fields.date('ngayThanhLap', DAY_MONTH_YEAR),
    branches: fields.optionalList('chiNhanh').map((branch) => mapBranch(branch, enterpriseCode)),
  });
}

function mapLegalRepresentative(fields: Fields): LegalRepresentative {
  return {
    personalId: fields.text('soDinhDanh', PERSONAL_ID),
    fullName: fields.text('hoTen'),
    position: fields.text('chucDanh'),
  };
}

/** nganhNghe: at least one line, exactly one of them the main line. */
function mapBusinessLines(fields: Fields): BusinessLine[] {
  const lines = fields.list('nganhNghe').map((line) => ({
    code: line.text('maNganh', VSIC_CODE),
    name: line.text('tenNganh'),
    main: line.boolean('laNganhChinh'),
  }));
  const mainLines = lines.filter((line) => line.main).length;
  if (lines.length > 0 && mainLines !== 1) {
    fields.problem('nganhNghe', `must have exactly one main line, not ${mainLines}`);
  }
  return lines;
}

import { BusinessLine, Enterprise, LegalRepresentative } from '@interop/contracts';
import { mapAddress } from './address.mapper';
import { mapBranch } from './branch.mapper';
import { JsonFields, Mapped } from './json-fields';
import { enterpriseCodeCheck, mapDate, mapNames, mapStatus } from './registry-fields';

const PERSONAL_ID = /^\d{12}$/;

/**
 * Maps the registry's enterprise profile to the canonical Enterprise. Required fields must be
 * present and well-formed; where one is not, a placeholder stands in and the answer is refused.
 */
export function mapEnterprise(json: unknown): Mapped<Enterprise> {
  const fields = JsonFields.of(json, 'doanhNghiep');
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
    establishedOn: mapDate(fields, 'ngayThanhLap'),
    branches: fields.list('chiNhanh').map((branch) => mapBranch(branch, enterpriseCode)),
  });
}

function mapLegalRepresentative(fields: JsonFields): LegalRepresentative {
  return {
    personalId: fields.text('soDinhDanh', (id) =>
      PERSONAL_ID.test(id) ? undefined : 'must be 12 digits',
    ),
    fullName: fields.text('hoTen'),
    position: fields.text('chucDanh'),
  };
}

/** nganhNghe: at least one line, exactly one of them the main line. */
function mapBusinessLines(fields: JsonFields): BusinessLine[] {
  const lines = fields.list('nganhNghe', true).map((line) => ({
    code: line.text('maNganh', (code) => (/^\d{4}$/.test(code) ? undefined : 'must be 4 digits')),
    name: line.text('tenNganh'),
    main: line.boolean('laNganhChinh'),
  }));
  const mainLines = lines.filter((line) => line.main).length;
  if (lines.length > 0 && mainLines !== 1) {
    fields.problem('nganhNghe', `must have exactly one main line, not ${mainLines}`);
  }
  return lines;
}

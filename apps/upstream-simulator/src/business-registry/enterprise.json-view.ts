import { AdministrativeAddress } from '../synthetic/synthetic-citizen';
import { registeredLegalForm, STANDING_CODES } from './business-registry-api.contract';
import { BranchRecord, SyntheticEnterprise } from './synthetic/synthetic-enterprise';

/** An enterprise's full profile as the registry's lookup answers it. */
export function enterpriseJson(enterprise: SyntheticEnterprise): Record<string, unknown> {
  const { representative } = enterprise;
  return {
    ...summaryJson(enterprise),
    nguoiDaiDien: {
      hoTen: representative.fullName,
      soDinhDanh: representative.personalId,
      chucDanh: representative.position,
    },
    vonDieuLe: enterprise.charterCapital,
    nganhNghe: enterprise.businessLines.map((line) => ({
      maNganh: line.code,
      tenNganh: line.name,
      laNganhChinh: line.main,
    })),
    chiNhanh: enterprise.branches.map(branchJson),
  };
}

/** An enterprise as one item of a search page: who it is, not everything about it. */
export function summaryJson(enterprise: SyntheticEnterprise): Record<string, unknown> {
  return {
    maSoDoanhNghiep: enterprise.code,
    tenDoanhNghiep: enterprise.name,
    tenNuocNgoai: enterprise.foreignName,
    tenVietTat: enterprise.shortName,
    loaiHinh: registeredLegalForm(enterprise.legalForm),
    tinhTrang: STANDING_CODES[enterprise.standing],
    ngayThanhLap: wireDate(enterprise.establishedOn),
    diaChiTruSo: addressJson(enterprise.headOffice),
  };
}

function branchJson(branch: BranchRecord) {
  return {
    maSo: branch.code,
    ten: branch.name,
    diaChi: addressJson(branch.address),
    tinhTrang: STANDING_CODES[branch.standing],
  };
}

function addressJson(address: AdministrativeAddress) {
  return {
    maTinhThanh: address.provinceCode,
    tenTinhThanh: address.provinceName,
    maPhuongXa: address.communeCode,
    tenPhuongXa: address.communeName,
    chiTiet: address.detail || undefined,
  };
}

/** Dates travel as dd/MM/yyyy, the way Vietnamese administrations write them. */
export function wireDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

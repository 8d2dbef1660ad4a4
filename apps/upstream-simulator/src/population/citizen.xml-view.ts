import {
  AdministrativeAddress,
  HouseholdMembership,
  PersonReference,
  SyntheticCitizen,
} from '../synthetic/synthetic-citizen';
import { wireBirthDate } from './citizen-identity';
import { GenderCode, MaritalStatusCode } from './population-soap.contract';

/** A citizen as the population database's CongDan element carries it. */
export function citizenElement(citizen: SyntheticCitizen): Record<string, unknown> {
  return {
    SoDinhDanh: citizen.personalId,
    SoCMND: citizen.oldIdCardNumber,
    HoVaTen: { Ho: citizen.name.family, ChuDem: citizen.name.middle, Ten: citizen.name.given },
    GioiTinh: GenderCode[citizen.sex],
    NgayThangNamSinh: wireBirthDate(citizen.birthDate),
    DanToc: citizen.ethnicity,
    TonGiao: citizen.religion,
    QuocTich: citizen.nationality,
    QueQuan: addressElement(citizen.hometown),
    ThuongTru: addressElement(citizen.permanentAddress),
    NoiOHienTai: addressElement(citizen.currentAddress),
    Cha: relativeElement(citizen.father),
    Me: relativeElement(citizen.mother),
    VoChong: relativeElement(citizen.spouse),
    ChuHo: householdHeadElement(citizen.household),
    TinhTrangHonNhan: MaritalStatusCode[citizen.maritalStatus],
  };
}

function addressElement(address: AdministrativeAddress) {
  return {
    MaTinhThanh: address.provinceCode,
    TenTinhThanh: address.provinceName,
    MaPhuongXa: address.communeCode,
    TenPhuongXa: address.communeName,
    ChiTiet: address.detail || undefined,
  };
}

/** Related people are named by a single HoVaTen string, and by id only when registered. */
function relativeElement(person: PersonReference | undefined) {
  return person && { HoVaTen: person.fullName, SoDinhDanh: person.personalId };
}

function householdHeadElement(household: HouseholdMembership) {
  return {
    HoVaTen: household.head.fullName,
    SoDinhDanh: household.head.personalId,
    QuanHe: household.relationship,
  };
}

import { MaritalStatus, Sex } from '../../synthetic/synthetic-citizen';
import {
  BirthRecord,
  DeathRecord,
  MarriageRecord,
  RecordedPerson,
  RegistryEntry,
} from '../register/civil-status-records';
import { MaritalStatusFinding } from '../register/civil-status-register';
import {
  DangKyJson,
  DanhSachKetHonJson,
  GioiTinhCode,
  KetHonJson,
  KhaiSinhJson,
  KhaiTuJson,
  NguoiJson,
  TinhTrangHonNhanCode,
  TinhTrangHonNhanJson,
} from './civil-status.wire';
import { wireDate, wireDay } from './wire-dates';

const GENDER_CODE: Record<Sex, GioiTinhCode> = { male: '1', female: '2' };

const MARITAL_STATUS: Record<MaritalStatus, { code: TinhTrangHonNhanCode; text: string }> = {
  single: { code: '1', text: 'Chưa kết hôn' },
  married: { code: '2', text: 'Đang có vợ/chồng' },
  divorced: { code: '3', text: 'Đã ly hôn' },
  widowed: { code: '4', text: 'Vợ/chồng đã chết' },
};

export function birthJson(birth: BirthRecord): KhaiSinhJson {
  const { child } = birth;
  return {
    ...entryJson(birth),
    nguoiDuocKhaiSinh: {
      hoTen: child.fullName,
      soDinhDanh: child.personalId,
      ngaySinh: wireDate(child.birthDate),
      gioiTinh: GENDER_CODE[child.sex],
      noiSinh: child.placeOfBirth,
      danToc: child.ethnicity,
      quocTich: child.nationality,
    },
    ...(birth.father && { cha: personJson(birth.father) }),
    ...(birth.mother && { me: personJson(birth.mother) }),
  };
}

export function marriagesJson(
  personalId: string,
  marriages: readonly MarriageRecord[],
): DanhSachKetHonJson {
  return {
    soDinhDanh: personalId,
    tongSo: marriages.length,
    danhSach: marriages.map(marriageJson),
  };
}

function marriageJson(marriage: MarriageRecord): KetHonJson {
  const { ended } = marriage;
  return {
    ...entryJson(marriage),
    chong: personJson(marriage.husband),
    vo: personJson(marriage.wife),
    tinhTrang: ended ? '2' : '1',
    ...(ended && {
      ngayChamDut: wireDay(ended.on),
      lyDoChamDut: ended.reason === 'divorce' ? '1' : '2',
    }),
  };
}

export function deathJson(death: DeathRecord): KhaiTuJson {
  const { deceased } = death;
  return {
    ...entryJson(death),
    nguoiChet: {
      hoTen: deceased.fullName,
      soDinhDanh: deceased.personalId,
      ngaySinh: wireDate(deceased.birthDate),
      gioiTinh: GENDER_CODE[deceased.sex],
    },
    ngayChet: wireDay(death.diedOn),
    noiChet: death.placeOfDeath,
  };
}

export function maritalStatusJson(
  personalId: string,
  fullName: string,
  { status, basedOn }: MaritalStatusFinding,
): TinhTrangHonNhanJson {
  return {
    soDinhDanh: personalId,
    hoTen: fullName,
    tinhTrangHonNhan: MARITAL_STATUS[status].code,
    moTaTinhTrang: MARITAL_STATUS[status].text,
    ...(basedOn && { canCu: groundsOf(basedOn) }),
  };
}

/** How a confirmation of marital status cites the registration it rests on. */
function groundsOf(marriage: MarriageRecord): string {
  const entry = `số ${marriage.number}, quyển số ${marriage.book}, ${marriage.authority.name}`;
  const { ended } = marriage;
  if (!ended) return `Đăng ký kết hôn ${entry}`;
  const event = ended.reason === 'divorce' ? 'Ly hôn' : 'Vợ/chồng chết';
  return `${event} ngày ${wireDay(ended.on)}, ghi vào đăng ký kết hôn ${entry}`;
}

function entryJson(entry: RegistryEntry): DangKyJson {
  return {
    soDangKy: entry.number,
    quyenSo: entry.book,
    ngayDangKy: wireDay(entry.registeredOn),
    coQuanDangKy: { maCoQuan: entry.authority.code, tenCoQuan: entry.authority.name },
  };
}

function personJson(person: RecordedPerson): NguoiJson {
  return {
    hoTen: person.fullName,
    ...(person.personalId && { soDinhDanh: person.personalId }),
    ...(person.birthDate && { ngaySinh: wireDate(person.birthDate) }),
  };
}

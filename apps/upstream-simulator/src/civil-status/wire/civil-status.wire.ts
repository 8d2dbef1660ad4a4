/**
 * The civil-status service's JSON, as it answers it: Vietnamese camelCase names, dates as
 * `dd/MM/yyyy` (or `yyyy` where only the year is on record), codes as strings.
 */
export interface CoQuanDangKyJson {
  maCoQuan: string;
  tenCoQuan: string;
}

/** Where and when an event was entered. */
export interface DangKyJson {
  soDangKy: string;
  quyenSo: string;
  ngayDangKy: string;
  coQuanDangKy: CoQuanDangKyJson;
}

/** A person as a registration names them; the id only when one is on record. */
export interface NguoiJson {
  hoTen: string;
  soDinhDanh?: string;
  ngaySinh?: string;
}

/** `1` male, `2` female, as in the population database. */
export type GioiTinhCode = '1' | '2';

export interface KhaiSinhJson extends DangKyJson {
  nguoiDuocKhaiSinh: NguoiJson & {
    soDinhDanh: string;
    ngaySinh: string;
    gioiTinh: GioiTinhCode;
    noiSinh: string;
    danToc: string;
    quocTich: string;
  };
  cha?: NguoiJson;
  me?: NguoiJson;
}

/** `1` the marriage lasts, `2` it ended. */
export type TinhTrangKetHonCode = '1' | '2';
/** `1` divorce, `2` death of a spouse. */
export type LyDoChamDutCode = '1' | '2';

export interface KetHonJson extends DangKyJson {
  chong: NguoiJson;
  vo: NguoiJson;
  tinhTrang: TinhTrangKetHonCode;
  ngayChamDut?: string;
  lyDoChamDut?: LyDoChamDutCode;
}

export interface DanhSachKetHonJson {
  soDinhDanh: string;
  tongSo: number;
  /** Newest first. */
  danhSach: KetHonJson[];
}

export interface KhaiTuJson extends DangKyJson {
  nguoiChet: NguoiJson & { soDinhDanh: string; ngaySinh: string; gioiTinh: GioiTinhCode };
  ngayChet: string;
  noiChet: string;
}

/** `1` single, `2` married, `3` divorced, `4` widowed, as in the population database. */
export type TinhTrangHonNhanCode = '1' | '2' | '3' | '4';

export interface TinhTrangHonNhanJson {
  soDinhDanh: string;
  hoTen: string;
  tinhTrangHonNhan: TinhTrangHonNhanCode;
  moTaTinhTrang: string;
  /** The registration the status rests on; absent for someone who never married. */
  canCu?: string;
}

/** The service's own errors: `KHONG_TIM_THAY`, `YEU_CAU_KHONG_HOP_LE`, `VUOT_HAN_MUC`, `LOI_HE_THONG`. */
export interface LoiJson {
  maLoi: string;
  moTaLoi: string;
}

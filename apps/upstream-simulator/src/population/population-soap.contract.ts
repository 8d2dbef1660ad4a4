/**
 * The population database's SOAP 1.1 contract as the simulator serves it. Element names are
 * the real service's; `apps/upstream-simulator/README.md` describes it in full.
 */
export const POPULATION_NAMESPACE = 'http://dancuquocgia.bca.gov.vn/ws/';

export const PopulationOperation = {
  Lookup: 'TraCuuThongTinCongDan',
  Verify: 'XacThucThongTinCongDan',
  ConnectionCheck: 'KiemTraKetNoi',
} as const;

export type PopulationOperation = (typeof PopulationOperation)[keyof typeof PopulationOperation];

/** SOAPAction is the namespace followed by the operation, as ASP.NET-style services expect. */
export const soapActionOf = (operation: PopulationOperation) => POPULATION_NAMESPACE + operation;

/** MaKetQua: the outcome of a call that was understood and authorised. */
export const ResultCode = {
  Success: '0',
  NotFound: '1',
} as const;

/** MaLoi, in the detail of a SOAP Fault. */
export const FaultCode = {
  /** Access key or secret missing or wrong. */
  Authentication: 'LOI_XAC_THUC',
  /** The requester's quota is used up. */
  QuotaExceeded: 'VUOT_HAN_MUC',
  /** Missing or malformed element, unknown operation, SOAPAction mismatch. */
  InvalidRequest: 'YEU_CAU_KHONG_HOP_LE',
  /** The service failed. */
  SystemError: 'LOI_HE_THONG',
} as const;

export type FaultCode = (typeof FaultCode)[keyof typeof FaultCode];

/** GioiTinh as the population database codes it. */
export const GenderCode = { male: '1', female: '2' } as const;

/** TinhTrangHonNhan as the population database codes it. */
export const MaritalStatusCode = {
  single: '1',
  married: '2',
  divorced: '3',
  widowed: '4',
} as const;

/** Purpose-of-use elements every lookup and verification must carry. */
export const PURPOSE_ELEMENTS = ['MaDonVi', 'MaCanBo', 'MaThuTuc'] as const;
export const IDENTITY_ELEMENTS = ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh'] as const;

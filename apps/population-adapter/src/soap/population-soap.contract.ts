import { Gender, MaritalStatus } from '@interop/contracts';

/**
 * The National Population Database's SOAP 1.1 contract, as the adapter knows it: namespace,
 * operations, SOAPAction values, result and fault codes. Only configuration (endpoint,
 * credentials) should differ between the simulator and the real service.
 */
export const POPULATION_NAMESPACE = 'http://dancuquocgia.bca.gov.vn/ws/';

export const Operation = {
  lookup: 'TraCuuThongTinCongDan',
  verify: 'XacThucThongTinCongDan',
  connectionCheck: 'KiemTraKetNoi',
} as const;

export type Operation = (typeof Operation)[keyof typeof Operation];

/** Values of the SOAPAction HTTP header, one per operation. */
export const SOAP_ACTION = {
  lookup: POPULATION_NAMESPACE + Operation.lookup,
  verify: POPULATION_NAMESPACE + Operation.verify,
  connectionCheck: POPULATION_NAMESPACE + Operation.connectionCheck,
} as const;

/** MaKetQua of an answered call. */
export const ResultCode = { success: '0', notFound: '1' } as const;

/** MaLoi in a SOAP Fault's detail. */
export const FaultCode = {
  authentication: 'LOI_XAC_THUC',
  quotaExceeded: 'VUOT_HAN_MUC',
  invalidRequest: 'YEU_CAU_KHONG_HOP_LE',
  systemError: 'LOI_HE_THONG',
} as const;

/** GioiTinh codes. */
export const GENDER_OF_CODE: Readonly<Record<string, Gender>> = {
  '1': 'male',
  '2': 'female',
  '3': 'other',
};

/** TinhTrangHonNhan codes. */
export const MARITAL_STATUS_OF_CODE: Readonly<Record<string, MaritalStatus>> = {
  '1': 'single',
  '2': 'married',
  '3': 'divorced',
  '4': 'widowed',
};

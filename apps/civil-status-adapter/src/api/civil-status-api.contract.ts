import { Gender, MaritalStatus } from '@interop/contracts';

/** Paths of the civil-status service, below its base URL. */
export const CIVIL_STATUS_PATHS = {
  token: '/civil-status/oauth/token',
  birth: (personalId: string) => `/civil-status/api/v1/khai-sinh/${personalId}`,
  marriages: '/civil-status/api/v1/ket-hon',
  death: (personalId: string) => `/civil-status/api/v1/khai-tu/${personalId}`,
  maritalStatus: (personalId: string) => `/civil-status/api/v1/tinh-trang-hon-nhan/${personalId}`,
  connectionCheck: '/civil-status/api/v1/kiem-tra-ket-noi',
} as const;

/** The purpose of use the service requires on every query, as request headers. */
export const PURPOSE_HEADERS = {
  requester: 'X-Ma-Don-Vi',
  officerId: 'X-Ma-Can-Bo',
  procedureCode: 'X-Ma-Thu-Tuc',
  dossierId: 'X-Ma-Ho-So',
  correlationId: 'X-Ma-Giao-Dich',
} as const;

/** gioiTinh: `1` male, `2` female. */
export const GENDER_OF_CODE: Readonly<Record<string, Gender>> = { '1': 'male', '2': 'female' };

/** tinhTrangHonNhan: the population database's codes. */
export const MARITAL_STATUS_OF_CODE: Readonly<Record<string, MaritalStatus>> = {
  '1': 'single',
  '2': 'married',
  '3': 'divorced',
  '4': 'widowed',
};

/** tinhTrang of a marriage: `1` it lasts, `2` it ended. */
export const MARRIAGE_ENDED = '2';

/** lyDoChamDut: why a marriage ended. */
export const END_REASON_OF_CODE: Readonly<Record<string, 'divorce' | 'death'>> = {
  '1': 'divorce',
  '2': 'death',
};

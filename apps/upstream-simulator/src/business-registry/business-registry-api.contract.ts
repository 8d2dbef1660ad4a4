import { EnterpriseStanding, LegalFormKey } from './synthetic/synthetic-enterprise';
import { LEGAL_FORMS } from './synthetic/legal-forms';

/**
 * The business registry's REST/JSON API as the simulator serves it; `README.md` beside this
 * file describes it in full.
 */
export const API_ROOT = 'business-registry/api/v1';
export const API_KEY_HEADER = 'x-api-key';
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;

/** The purpose of use every data request carries as query parameters (unit, officer, procedure). */
export const PURPOSE_PARAMETERS = ['maDonVi', 'maCanBo', 'maThuTuc'] as const;

/** maLoi of an error answer, with the HTTP status it comes with. */
export const RegistryError = {
  Authentication: { maLoi: 'LOI_XAC_THUC', status: 401 },
  InvalidRequest: { maLoi: 'YEU_CAU_KHONG_HOP_LE', status: 400 },
  NotFound: { maLoi: 'KHONG_TIM_THAY', status: 404 },
  QuotaExceeded: { maLoi: 'VUOT_HAN_MUC', status: 429 },
  SystemError: { maLoi: 'LOI_HE_THONG', status: 500 },
} as const;

export type RegistryError = (typeof RegistryError)[keyof typeof RegistryError];

/** tinhTrang: the registry's code and wording of each legal status. */
export const STANDING_CODES: Readonly<Record<EnterpriseStanding, { ma: string; ten: string }>> = {
  active: { ma: '01', ten: 'Đang hoạt động' },
  suspended: { ma: '02', ten: 'Tạm ngừng kinh doanh' },
  'not-operating-at-registered-address': {
    ma: '03',
    ten: 'Không hoạt động tại địa chỉ đã đăng ký',
  },
  'certificate-revoked': { ma: '04', ten: 'Bị thu hồi Giấy chứng nhận đăng ký doanh nghiệp' },
  dissolving: { ma: '05', ten: 'Đang làm thủ tục giải thể' },
  bankrupt: { ma: '06', ten: 'Phá sản' },
  dissolved: { ma: '07', ten: 'Đã giải thể' },
};

export const registeredLegalForm = (form: LegalFormKey) => LEGAL_FORMS[form].registered;

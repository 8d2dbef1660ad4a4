import { EnterpriseStatus } from '@interop/contracts';

/**
 * The national business registration database's REST/JSON API, as far as the adapter uses it.
 * The simulator's README (apps/upstream-simulator/src/business-registry/README.md) describes it.
 */
export const API_ROOT = '/business-registry/api/v1';
export const API_KEY_HEADER = 'X-API-Key';

export const REGISTRY_PATH = {
  ping: `${API_ROOT}/ping`,
  search: `${API_ROOT}/doanh-nghiep`,
  lookup: (code: string) => `${API_ROOT}/doanh-nghiep/${encodeURIComponent(code)}`,
};

/** maLoi of the registry's error answers. */
export const RegistryErrorCode = {
  authentication: 'LOI_XAC_THUC',
  invalidRequest: 'YEU_CAU_KHONG_HOP_LE',
  notFound: 'KHONG_TIM_THAY',
} as const;

/** tinhTrang.ma → the canonical status. The wording (tinhTrang.ten) is not relied on. */
export const STATUS_OF_CODE: Readonly<Record<string, EnterpriseStatus>> = {
  '01': 'active',
  '02': 'suspended',
  '03': 'not-operating-at-registered-address',
  '04': 'certificate-revoked',
  '05': 'dissolving',
  '06': 'bankrupt',
  '07': 'dissolved',
};

import { Address } from '../citizen/citizen.model';

/** The legal statuses an enterprise can have in the national business registration database. */
export const ENTERPRISE_STATUSES = [
  'active',
  'suspended',
  'not-operating-at-registered-address',
  'certificate-revoked',
  'dissolving',
  'bankrupt',
  'dissolved',
] as const;

export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

export interface EnterpriseNames {
  vietnamese: string;
  foreign?: string;
  short?: string;
}

export interface LegalRepresentative {
  personalId: string;
  fullName: string;
  /** As registered, e.g. "Giám đốc". */
  position: string;
}

export interface BusinessLine {
  /** VSIC code. */
  code: string;
  name: string;
  main: boolean;
}

export interface Branch {
  /** 13 characters: the parent code, "-", 001-999. */
  branchCode: string;
  name: string;
  address: Address;
  status: EnterpriseStatus;
}

export interface Enterprise {
  enterpriseCode: string;
  names: EnterpriseNames;
  /** Legal form as registered, e.g. "Công ty trách nhiệm hữu hạn một thành viên". */
  type: string;
  status: EnterpriseStatus;
  registeredAddress: Address;
  legalRepresentative: LegalRepresentative;
  charterCapital: { amount: number; currency: 'VND' };
  businessLines: BusinessLine[];
  /** ISO date of first registration. */
  establishedOn: string;
  branches: Branch[];
}

export type EnterpriseSummary = Pick<
  Enterprise,
  'enterpriseCode' | 'names' | 'type' | 'status' | 'establishedOn'
> & { provinceName: string };

export interface EnterpriseSearchPage {
  items: EnterpriseSummary[];
  page: number;
  pageSize: number;
  total: number;
}

import { AdministrativeAddress, BirthDate } from '../../synthetic/synthetic-citizen';

/**
 * An enterprise as the simulated business registry holds it: the simulator's own model, which
 * the registry's JSON view renders in the upstream's field names and codes.
 */
export const ENTERPRISE_STANDINGS = [
  'active',
  'suspended',
  'not-operating-at-registered-address',
  'certificate-revoked',
  'dissolving',
  'bankrupt',
  'dissolved',
] as const;

export type EnterpriseStanding = (typeof ENTERPRISE_STANDINGS)[number];

export type LegalFormKey =
  'single-member-llc' | 'multi-member-llc' | 'joint-stock' | 'partnership' | 'private';

export interface LegalRepresentativeRecord {
  /** A citizen of the synthetic population, named as the population register names them. */
  personalId: string;
  fullName: string;
  /** Not published by the registry; kept so that test samples can build citizen queries. */
  birthDate: BirthDate;
  position: string;
}

export interface BusinessLineRecord {
  /** Four-digit VSIC 2018 code. */
  code: string;
  name: string;
  main: boolean;
}

export interface BranchRecord {
  /** The parent's code, "-", 001-999. */
  code: string;
  name: string;
  address: AdministrativeAddress;
  standing: EnterpriseStanding;
}

export interface SyntheticEnterprise {
  /** Ten digits with a valid check digit; the first two name the issuing tax office. */
  code: string;
  name: string;
  foreignName?: string;
  shortName?: string;
  legalForm: LegalFormKey;
  standing: EnterpriseStanding;
  headOffice: AdministrativeAddress;
  representative: LegalRepresentativeRecord;
  /** In VND. */
  charterCapital: number;
  businessLines: BusinessLineRecord[];
  /** ISO date of first registration. */
  establishedOn: string;
  branches: BranchRecord[];
}

import { Random } from '../../synthetic/random';
import { SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { EnterpriseFactory } from './enterprise.factory';
import { possibleFounders } from './legal-representatives';
import { SyntheticEnterprise } from './synthetic-enterprise';

/** 3,000 enterprises for the default 10,000 citizens: "a few thousand" to search through. */
export const ENTERPRISES_PER_CITIZEN = 0.3;
/** Beyond this, more enterprises add generation time and nothing a test or demo needs. */
export const MAX_ENTERPRISES = 20_000;

export interface RegistryOptions {
  seed: number;
  /** The synthetic population, from the same seed: legal representatives are its citizens. */
  citizens: readonly SyntheticCitizen[];
}

/**
 * The business registry's enterprises, in code order, identical for the same seed and
 * population. Drawn from their own random stream, so the population never depends on them.
 */
export function generateEnterprises({ seed, citizens }: RegistryOptions): SyntheticEnterprise[] {
  const founders = possibleFounders(citizens);
  if (founders.length === 0) return [];
  const factory = new EnterpriseFactory(new Random(seed ^ 0x6b8b4567), founders);
  const count = Math.min(MAX_ENTERPRISES, Math.round(citizens.length * ENTERPRISES_PER_CITIZEN));
  return Array.from({ length: count }, () => factory.enterprise()).sort((a, b) =>
    a.code.localeCompare(b.code),
  );
}

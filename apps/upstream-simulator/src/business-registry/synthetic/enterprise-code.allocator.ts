import { enterpriseCheckDigit } from '@interop/contracts';
import { Random, weightedTable } from '../../synthetic/random';
import { TAX_OFFICES, TaxOffice } from './tax-offices';

/** Registrations before the first enterprise law are rare; the blocks of codes start here. */
export const FIRST_REGISTRATION_YEAR = 1992;
export const LAST_REGISTRATION_YEAR = 2025;

const OFFICES = weightedTable(TAX_OFFICES);

/**
 * Ten digits: the tax office's prefix, a block that grows with the year of registration, five
 * more digits, and the check digit. Nine-digit stems whose check would be 10 have no valid code
 * and are skipped, as the tax authority skips them.
 */
export function drawEnterpriseCode(
  random: Random,
  office: TaxOffice,
  year: number,
): string | undefined {
  const span = LAST_REGISTRATION_YEAR - FIRST_REGISTRATION_YEAR + 1;
  const block = Math.floor(((year - FIRST_REGISTRATION_YEAR) / span) * office.blocks);
  const stem = office.prefix + String(block).padStart(2, '0') + random.digits(5);
  if (/^0{7}$/.test(stem.slice(2))) return undefined;
  const check = enterpriseCheckDigit(stem);
  return check === undefined ? undefined : stem + String(check);
}

/** Issues unique, valid enterprise codes. */
export class EnterpriseCodeAllocator {
  private readonly issued = new Set<string>();

  constructor(private readonly random: Random) {}

  taxOffice(): TaxOffice {
    return this.random.pickWeighted(OFFICES);
  }

  code(office: TaxOffice, year: number): string {
    for (;;) {
      const candidate = drawEnterpriseCode(this.random, office, year);
      if (candidate && !this.issued.has(candidate)) {
        this.issued.add(candidate);
        return candidate;
      }
    }
  }
}

/**
 * Valid enterprise codes that belong to no enterprise, for not-found tests. Drawn from their own
 * stream so that asking for them never changes the registry.
 */
export function unknownEnterpriseCodes(
  seed: number,
  taken: ReadonlySet<string>,
  count: number,
): string[] {
  const random = new Random(seed ^ 0x2c1b3c6d);
  const found = new Set<string>();
  while (found.size < count) {
    const office = random.pickWeighted(OFFICES);
    const candidate = drawEnterpriseCode(random, office, random.int(2000, 2025));
    if (candidate && !taken.has(candidate)) found.add(candidate);
  }
  return [...found];
}

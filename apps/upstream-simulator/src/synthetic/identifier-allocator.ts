import { Random } from './random';
import { Sex } from './synthetic-citizen';

/**
 * Issues unique identification numbers that follow the rules the gateway validates: province of
 * birth registration, century and sex digit, two-digit birth year, six-digit sequence.
 */
export class IdentifierAllocator {
  private readonly personalIds = new Set<string>();
  private readonly idCardNumbers = new Set<string>();

  constructor(private readonly random: Random) {}

  personalId(provinceCode: string, sex: Sex, birthYear: number): string {
    return this.unique(this.personalIds, () =>
      formatPersonalId(this.random, provinceCode, sex, birthYear),
    );
  }

  /** An old nine-digit identity card (CMND) number; its first two digits were a province block. */
  idCardNumber(): string {
    return this.unique(
      this.idCardNumbers,
      () => String(this.random.int(1, 38)).padStart(2, '0') + this.random.digits(7),
    );
  }

  private unique(used: Set<string>, draw: () => string): string {
    let candidate = draw();
    while (used.has(candidate)) candidate = draw();
    used.add(candidate);
    return candidate;
  }
}

export function formatPersonalId(
  random: Random,
  provinceCode: string,
  sex: Sex,
  birthYear: number,
): string {
  const centuryAndSex = Math.floor((birthYear - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
  const yearDigits = String(birthYear % 100).padStart(2, '0');
  return `0${provinceCode}${centuryAndSex}${yearDigits}${random.digits(6)}`;
}

import { Random } from '../../synthetic/random';

/**
 * A charter capital in VND, log-uniform within the range (small amounts are far more common)
 * and rounded to two significant digits, as founders register 1.500.000.000, not 1.537.204.113.
 */
export function charterCapital(random: Random, range: { min: number; max: number }): number {
  const logMin = Math.log(range.min);
  const amount = Math.exp(logMin + random.next() * (Math.log(range.max) - logMin));
  const unit = 10 ** (Math.floor(Math.log10(amount)) - 1);
  return Math.round(amount / unit) * unit;
}

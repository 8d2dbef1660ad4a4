import { PROVINCE_CODES } from './administrative-units';
import { formatPersonalId } from './identifier-allocator';
import { Random } from './random';

/**
 * Well-formed identification numbers that belong to nobody in the population, for not-found
 * tests. Drawn from their own stream so that asking for them never changes the population.
 */
export function unknownPersonalIds(
  seed: number,
  taken: ReadonlySet<string>,
  count: number,
): string[] {
  const random = new Random(seed ^ 0x5bd1e995);
  const found = new Set<string>();
  while (found.size < count) {
    const candidate = formatPersonalId(
      random,
      random.pick(PROVINCE_CODES),
      random.chance(0.5) ? 'male' : 'female',
      random.int(1950, 2005),
    );
    if (!taken.has(candidate)) found.add(candidate);
  }
  return [...found];
}

import { Random } from '../../synthetic/random';
import { BusinessSector, COMMON_EXTRA_LINES } from './business-sectors';
import { BusinessLineRecord } from './synthetic-enterprise';
import { VSIC } from './vsic-codes';

/** One main line from the sector, some of the sector's others, maybe a common extra or two. */
export function businessLinesOf(random: Random, sector: BusinessSector): BusinessLineRecord[] {
  const main = random.pick(sector.mainLines);
  const sectorLines = sector.otherLines.length;
  const others = [
    ...sample(random, sector.otherLines, random.int(Math.min(2, sectorLines), sectorLines)),
    ...sample(random, COMMON_EXTRA_LINES, random.int(0, 2)),
  ].filter((code) => code !== main);
  return [...new Set([main, ...others])]
    .sort()
    .map((code) => ({ code, name: VSIC[code], main: code === main }));
}

/** `count` distinct values, in random order (a partial Fisher-Yates shuffle). */
function sample<T>(random: Random, values: readonly T[], count: number): T[] {
  const pool = [...values];
  const taken = Math.min(count, pool.length);
  for (let i = 0; i < taken; i++) {
    const j = random.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, taken);
}

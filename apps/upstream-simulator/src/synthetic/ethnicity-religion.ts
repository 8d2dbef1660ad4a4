import { weightedTable, WeightedTable } from './random';

/** How people of an ethnic group are usually named in the population register. */
export type NamingStyle = 'kinh' | 'northern-minority' | 'hmong' | 'khmer';

export const NAMING_STYLE: Readonly<Record<string, NamingStyle>> = {
  Tày: 'northern-minority',
  Thái: 'northern-minority',
  Nùng: 'northern-minority',
  Dao: 'northern-minority',
  Mường: 'northern-minority',
  "H'Mông": 'hmong',
  Khmer: 'khmer',
};

export const namingStyleOf = (ethnicity: string): NamingStyle => NAMING_STYLE[ethnicity] ?? 'kinh';

/**
 * Ethnic make-up differs sharply by region (census 2019): most minorities live in the northern
 * mountains, the Central Highlands and the Mekong delta. Without this, a lookup demo would show
 * Khmer citizens born in Hà Giang.
 */
const NORTHERN_MOUNTAINS = weightedTable<string>([
  ['Kinh', 45],
  ['Tày', 15],
  ['Thái', 12],
  ["H'Mông", 10],
  ['Nùng', 8],
  ['Dao', 6],
  ['Mường', 4],
]);

const CENTRAL_HIGHLANDS = weightedTable<string>([
  ['Kinh', 66],
  ['Gia Rai', 10],
  ['Ê Đê', 9],
  ['Ba Na', 6],
  ["M'Nông", 3],
  ['Tày', 3],
  ['Nùng', 3],
]);

const KHMER_DELTA = weightedTable<string>([
  ['Kinh', 80],
  ['Khmer', 16],
  ['Hoa', 3],
  ['Chăm', 1],
]);

const ELSEWHERE = weightedTable<string>([
  ['Kinh', 96],
  ['Mường', 1.2],
  ['Hoa', 1.2],
  ['Tày', 0.5],
  ['Thái', 0.5],
  ['Khmer', 0.3],
  ['Nùng', 0.3],
]);

const REGION_OF_PROVINCE: Readonly<Record<string, WeightedTable<string>>> = {
  ...Object.fromEntries(
    ['02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '20'].map((code) => [
      code,
      NORTHERN_MOUNTAINS,
    ]),
  ),
  ...Object.fromEntries(['62', '64', '66', '67'].map((code) => [code, CENTRAL_HIGHLANDS])),
  ...Object.fromEntries(['84', '89', '91', '94', '95'].map((code) => [code, KHMER_DELTA])),
};

/** The ethnic groups of people whose hometown is in the province, weighted. */
export const ethnicitiesOf = (provinceCode: string): WeightedTable<string> =>
  REGION_OF_PROVINCE[provinceCode] ?? ELSEWHERE;

/** Census 2019: about 86% declare no religion; Catholics and Buddhists are the largest groups. */
export const RELIGIONS = weightedTable<string>([
  ['Không', 86],
  ['Công giáo', 6.1],
  ['Phật giáo', 4.8],
  ['Tin lành', 1],
  ['Phật giáo Hoà Hảo', 1],
  ['Cao Đài', 0.6],
]);

export const NATIONALITY = 'Việt Nam';

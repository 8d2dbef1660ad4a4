import { Weighted } from '../../synthetic/random';

/**
 * A province's tax office as the first digits of the enterprise codes it issued: the tax codes
 * of enterprises keep the prefix of the province where they were first registered.
 */
export interface TaxOffice {
  /** First two digits of the codes it issues, e.g. 01 Hà Nội, 03 Hồ Chí Minh. */
  prefix: string;
  /** The province's administrative code, as addresses carry it. */
  provinceCode: string;
  /**
   * How many blocks of codes (digits 3-4) it has opened so far: busy offices have gone through
   * many (0100... to 0110... in Hà Nội), so that newer codes have higher blocks.
   */
  blocks: number;
}

const office = (prefix: string, provinceCode: string, blocks = 3): TaxOffice => ({
  prefix,
  provinceCode,
  blocks,
});

/** Weighted roughly by each province's share of registered enterprises. */
export const TAX_OFFICES: readonly Weighted<TaxOffice>[] = [
  [office('03', '79', 19), 30],
  [office('01', '01', 11), 24],
  [office('37', '74'), 5],
  [office('36', '75'), 3.5],
  [office('02', '31'), 3.5],
  [office('04', '48'), 3],
  [office('23', '27'), 2],
  [office('57', '22'), 2],
  [office('35', '77'), 2],
  [office('42', '56'), 2],
  [office('18', '92'), 2],
  [office('11', '80'), 2],
  [office('28', '38'), 2],
  [office('29', '40'), 2],
  [office('08', '30'), 1.5],
  [office('25', '26'), 1.5],
  [office('46', '19'), 1.2],
  [office('24', '24'), 1.2],
  [office('06', '36'), 1],
  [office('10', '34'), 1],
  [office('09', '33'), 1],
  [office('27', '37'), 1],
  [office('26', '25'), 1],
  [office('33', '46'), 1],
  [office('40', '49'), 1],
  [office('41', '52'), 1],
  [office('58', '68'), 1],
  [office('59', '64'), 1],
  [office('60', '66'), 1],
  [office('39', '72'), 1],
  [office('12', '82'), 1],
  [office('16', '89'), 1],
  [office('17', '91'), 1],
  [office('30', '42'), 0.8],
  [office('07', '35'), 0.8],
];

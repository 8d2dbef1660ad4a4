import { Weighted } from '../../synthetic/random';

/**
 * What an enterprise does, as its name says it ("Xây dựng", "Thương mại và Dịch vụ") and as its
 * registered business lines say it (VSIC codes: one main, others from the same trade).
 */
export interface BusinessSector {
  vietnamese: string;
  english: string;
  mainLines: readonly string[];
  otherLines: readonly string[];
}

const sector = (
  vietnamese: string,
  english: string,
  mainLines: string,
  otherLines: string,
): BusinessSector => ({
  vietnamese,
  english,
  mainLines: mainLines.split(' '),
  otherLines: otherLines.split(' '),
});

const CONSULTING = sector('Tư vấn', 'CONSULTING', '7020 6920', '7110 6820 8299 8559');

/** Sectors of companies and private enterprises, weighted by how common they are. */
export const GENERAL_SECTORS: readonly Weighted<BusinessSector>[] = [
  [
    sector(
      'Thương mại và Dịch vụ',
      'TRADING AND SERVICES',
      '4690 4649 4659 4610',
      '4632 4641 4663 4711 4669 8299 7310 8230 5610',
    ),
    25,
  ],
  [
    sector(
      'Xây dựng',
      'CONSTRUCTION',
      '4101 4102 4299 4212',
      '4312 4321 4322 4330 4390 4663 7110 6810',
    ),
    15,
  ],
  [
    sector(
      'Sản xuất và Thương mại',
      'PRODUCTION AND TRADING',
      '2220 2511 3100 2395',
      '2592 4659 4663 4649 4690 4933',
    ),
    8,
  ],
  [
    sector(
      'Đầu tư và Phát triển',
      'INVESTMENT AND DEVELOPMENT',
      '6810 4102',
      '6820 4101 7020 7110 4299',
    ),
    5,
  ],
  [sector('Công nghệ', 'TECHNOLOGY', '6201 6202 6209', '6311 4651 7020 7310 8559'), 8],
  [sector('Vận tải', 'TRANSPORT', '4933 4932 5229', '5210 4931 4520 4530 7911'), 6],
  [sector('Du lịch', 'TRAVEL', '7912 7911 5510', '5610 4932 8230'), 4],
  [sector('Thực phẩm', 'FOOD', '1079 4632', '4722 4711 0118 0146 1080 5210'), 5],
  [sector('Dược phẩm', 'PHARMACEUTICAL', '4772 2100', '4649 4659 8299'), 3],
  [sector('Xuất nhập khẩu', 'IMPORT EXPORT', '4690 4620', '4610 4632 4641 4659 5210 5229'), 6],
  [CONSULTING, 5],
  [sector('Bất động sản', 'REAL ESTATE', '6810 6820', '4101 4102 7020'), 4],
  [sector('Nông nghiệp', 'AGRICULTURE', '0118 0146 0322', '1080 4620 4632'), 3],
  [sector('Cơ khí', 'MECHANICAL ENGINEERING', '2592 2511', '4659 4520 4390 3100'), 3],
  [sector('May mặc', 'GARMENT', '1410', '4641 4771 4690'), 2],
  [sector('Giáo dục', 'EDUCATION', '8559 8560', '7020 6201'), 3],
];

export const LAW = sector('Luật', 'LAW', '6910', '7020');

/** Partnerships are, in practice, law, audit and consulting firms. */
export const PROFESSIONAL_SECTORS: readonly Weighted<BusinessSector>[] = [
  [LAW, 6],
  [sector('Kiểm toán', 'AUDITING', '6920', '7020'), 2],
  [CONSULTING, 2],
];

/** Lines many enterprises register besides their trade's, to keep their options open. */
export const COMMON_EXTRA_LINES: readonly string[] = [
  '4690',
  '8299',
  '7020',
  '4610',
  '7310',
  '6810',
];

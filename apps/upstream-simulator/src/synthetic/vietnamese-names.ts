import { Weighted } from './random';

/** Long name lists read better as wrapped text than as one quoted string per line. */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

/**
 * Family names with weights close to their share of the Kinh population (Nguyễn alone is
 * about 38%), so that lookups and name comparisons meet the same collisions as in production.
 */
export const KINH_FAMILY_NAMES: readonly Weighted<string>[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3.5],
  ['Huỳnh', 1.6],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 1.6],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Trương', 0.9],
  ['Đinh', 0.8],
  ['Đoàn', 0.6],
  ['Trịnh', 0.5],
  ['Lương', 0.4],
  ['Mai', 0.4],
  ['Hà', 0.4],
  ['Cao', 0.4],
  ['Lâm', 0.3],
  ['Tạ', 0.2],
  ['Châu', 0.2],
  ['Tô', 0.2],
  ['Quách', 0.1],
  ['Kiều', 0.1],
];

/** Family names common among the Tày, Nùng, Thái, Dao and Mường of the northern provinces. */
export const NORTHERN_MINORITY_FAMILY_NAMES: readonly Weighted<string>[] = [
  ['Hoàng', 8],
  ['Nông', 6],
  ['Lò', 5],
  ['Lường', 3],
  ['Cầm', 3],
  ['Vi', 3],
  ['Lục', 2],
  ['Triệu', 3],
  ['Hà', 3],
  ['Bùi', 3],
  ['Đinh', 2],
  ['Quàng', 1],
  ['Ma', 1],
];

export const HMONG_FAMILY_NAMES: readonly Weighted<string>[] = [
  ['Giàng', 5],
  ['Sùng', 4],
  ['Vàng', 4],
  ['Thào', 4],
  ['Lý', 3],
  ['Hầu', 2],
  ['Mùa', 2],
  ['Lầu', 1],
];

export const KHMER_FAMILY_NAMES: readonly Weighted<string>[] = [
  ['Thạch', 6],
  ['Danh', 5],
  ['Sơn', 4],
  ['Kim', 3],
  ['Lâm', 2],
  ['Lý', 1],
];

/**
 * Middle names. Văn and Thị dominate among people born before about 1990 and give way to
 * chosen middle names afterwards, which the generator reflects by birth year.
 */
export const TRADITIONAL_MIDDLE_NAME = { male: 'Văn', female: 'Thị' } as const;

export const MODERN_MIDDLE_NAMES = {
  male: words('Đức Minh Quang Hữu Công Thành Xuân Anh Gia Trọng Duy'),
  female: words('Ngọc Thu Thanh Minh Phương Kim Hồng Mai Bảo Khánh'),
} as const;

export const HMONG_MIDDLE_NAME = { male: 'A', female: 'Thị' } as const;

export const GIVEN_NAMES = {
  male: words(`
    An Anh Bảo Bình Cường Dũng Duy Dương Đạt Đức Giang Hải Hiếu Hoà Hoàng Hùng Huy Hưng Khang
    Khánh Khoa Kiên Lâm Long Lộc Mạnh Minh Nam Nghĩa Nhân Phong Phúc Quân Quang Sơn Tài Tâm
    Thắng Thành Thịnh Toàn Trung Tuấn Tùng Việt Vinh Vũ Thuỵ
  `),
  female: words(`
    An Anh Châu Chi Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hoà Hồng Huệ Hương Hường Lan Liên
    Linh Loan Ly Mai My Nga Ngân Ngọc Nhung Nhi Oanh Phương Quỳnh Tâm Thảo Thu Thuỷ Thùy Thuý
    Trang Trinh Tuyết Uyên Vân Vy Yến
  `),
} as const;

export const HMONG_GIVEN_NAMES = {
  male: words('Páo Sử Dính Chứ Lử Tủa Chính Dế Pó Sình'),
  female: words('Mỷ Dợ Sua Mai Chá Pà Dì Ly Mỉ Sủ'),
} as const;

import { PROVINCES } from '@interop/contracts';
import { COMMUNES } from './administrative-units';
import { Random, weightedTable } from './random';
import { AdministrativeAddress } from './synthetic-citizen';

/** Streets named after the same national figures exist in almost every Vietnamese city. */
const STREETS = (
  'Trần Hưng Đạo, Lê Lợi, Nguyễn Huệ, Hai Bà Trưng, Quang Trung, Lý Thường Kiệt, Hùng Vương, ' +
  'Nguyễn Trãi, Lê Duẩn, Phan Đình Phùng, Trần Phú, Nguyễn Du, Bà Triệu, Lê Hồng Phong, ' +
  'Nguyễn Văn Cừ, Điện Biên Phủ, Võ Thị Sáu, Ngô Quyền, Nguyễn Thị Minh Khai, Phan Chu Trinh, ' +
  'Lý Thái Tổ, Trần Quang Khải, Hoàng Diệu'
).split(', ');

const NORTHERN_HAMLETS = ['Đông', 'Đoài', 'Thượng', 'Hạ', 'Trung', 'Nam', 'Bắc', 'Tiền', 'Hậu'];
const SOUTHERN_HAMLETS = ['Bình Thạnh', 'Phú Hoà', 'Long Hưng', 'Tân Phú', 'An Lợi', 'Mỹ Hiệp'];

/** Provinces from Thừa Thiên Huế southwards write hẻm addresses (12/34) and ấp hamlets. */
const isSouthern = (provinceCode: string) => Number(provinceCode) >= 46;

/**
 * Where people live, weighted roughly by population (1 for an average province), so that Hà Nội
 * and Hồ Chí Minh dominate samples as they dominate real traffic.
 */
const RESIDENCE_WEIGHT: Readonly<Record<string, number>> = {
  '01': 8,
  '79': 9,
  '38': 3.5,
  '40': 3.3,
  '75': 3.2,
  '74': 2.6,
  '31': 2,
  '30': 1.9,
  '34': 1.9,
  '24': 1.9,
  '66': 1.9,
  '89': 1.9,
  '36': 1.8,
  '82': 1.8,
  '80': 1.7,
  '91': 1.7,
  '49': 1.5,
  '52': 1.5,
  '64': 1.5,
  '22': 1.3,
  '48': 1.2,
  '92': 1.2,
};

const RESIDENCE = weightedTable<string>(
  Object.keys(PROVINCES).map((code) => [code, RESIDENCE_WEIGHT[code] ?? 1]),
);

/** Where people who move for work or study go. */
const DESTINATIONS = weightedTable<string>([
  ['79', 10],
  ['01', 8],
  ['74', 4],
  ['75', 3],
  ['48', 2],
  ['31', 2],
  ['27', 2],
  ['92', 1],
]);

export class AddressFactory {
  constructor(private readonly random: Random) {}

  residenceProvince(): string {
    return this.random.pickWeighted(RESIDENCE);
  }

  destinationProvince(): string {
    return this.random.pickWeighted(DESTINATIONS);
  }

  /** Quê quán: registers record it down to the commune only. */
  hometown(provinceCode: string): AdministrativeAddress {
    return { ...this.address(provinceCode), detail: '' };
  }

  address(provinceCode: string): AdministrativeAddress {
    const commune = this.random.pick(COMMUNES[provinceCode]);
    return {
      provinceCode,
      provinceName: PROVINCES[provinceCode],
      communeCode: commune.code,
      communeName: commune.name,
      detail: commune.name.startsWith('Xã') ? this.hamlet(provinceCode) : this.street(provinceCode),
    };
  }

  private hamlet(provinceCode: string): string {
    return isSouthern(provinceCode)
      ? `Ấp ${this.random.pick(SOUTHERN_HAMLETS)}`
      : `Thôn ${this.random.pick(NORTHERN_HAMLETS)}`;
  }

  private street(provinceCode: string): string {
    const street = this.random.pick(STREETS);
    const house = this.random.int(1, 250);
    const roll = this.random.next();
    if (roll < 0.15) return `Tổ dân phố ${this.random.int(1, 30)}`;
    if (roll < 0.4) {
      const lane = this.random.int(2, 120);
      return isSouthern(provinceCode)
        ? `${lane}/${house} ${street}`
        : `Số ${house}, ngõ ${lane} ${street}`;
    }
    return `Số ${house} ${street}`;
  }
}

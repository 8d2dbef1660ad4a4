import { Weighted } from '../../synthetic/random';
import { LegalFormKey } from './synthetic-enterprise';

export interface LegalForm {
  /** As the registry writes the legal form (loại hình doanh nghiệp). */
  registered: string;
  /** Who may be the legal representative, by how common each title is. */
  positions: readonly Weighted<string>[];
  /** Range of charter capital, in VND, that enterprises of this form commonly register. */
  capital: { min: number; max: number };
  /** Share of enterprises of this form that have opened branches. */
  branchShare: number;
}

const MILLION = 1_000_000;
const BILLION = 1_000 * MILLION;

export const LEGAL_FORMS: Readonly<Record<LegalFormKey, LegalForm>> = {
  'single-member-llc': {
    registered: 'Công ty trách nhiệm hữu hạn một thành viên',
    positions: [
      ['Giám đốc', 60],
      ['Tổng giám đốc', 15],
      ['Chủ tịch công ty', 25],
    ],
    capital: { min: 100 * MILLION, max: 20 * BILLION },
    branchShare: 0.1,
  },
  'multi-member-llc': {
    registered: 'Công ty trách nhiệm hữu hạn hai thành viên trở lên',
    positions: [
      ['Giám đốc', 55],
      ['Tổng giám đốc', 15],
      ['Chủ tịch Hội đồng thành viên', 30],
    ],
    capital: { min: 500 * MILLION, max: 50 * BILLION },
    branchShare: 0.15,
  },
  'joint-stock': {
    registered: 'Công ty cổ phần',
    positions: [
      ['Tổng giám đốc', 35],
      ['Giám đốc', 30],
      ['Chủ tịch Hội đồng quản trị', 35],
    ],
    capital: { min: 1 * BILLION, max: 500 * BILLION },
    branchShare: 0.35,
  },
  partnership: {
    registered: 'Công ty hợp danh',
    positions: [
      ['Thành viên hợp danh', 70],
      ['Giám đốc', 30],
    ],
    capital: { min: 100 * MILLION, max: 5 * BILLION },
    branchShare: 0.1,
  },
  private: {
    registered: 'Doanh nghiệp tư nhân',
    positions: [['Chủ doanh nghiệp', 1]],
    capital: { min: 100 * MILLION, max: 5 * BILLION },
    branchShare: 0.05,
  },
};

/** Roughly the mix of newly registered enterprises: limited companies dominate. */
export const LEGAL_FORM_MIX: readonly Weighted<LegalFormKey>[] = [
  ['single-member-llc', 45],
  ['multi-member-llc', 22],
  ['joint-stock', 25],
  ['private', 7],
  ['partnership', 1],
];

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './business-registry-api.contract';

export interface SearchQuery {
  ten: string;
  trang: number;
  soBanGhi: number;
}

export type ParsedSearchQuery = { ok: true; query: SearchQuery } | { ok: false; problem: string };

const POSITIVE_INTEGER = /^[1-9]\d{0,5}$/;

/** `ten` (at least two characters), `trang` (from 1) and `soBanGhi` (1-50) of a search URL. */
export function parseSearchQuery(query: Record<string, unknown>): ParsedSearchQuery {
  const ten = typeof query.ten === 'string' ? query.ten.trim() : undefined;
  if (ten === undefined || ten.length < 2 || ten.length > 200) {
    return { ok: false, problem: 'Tham số ten là bắt buộc, từ 2 đến 200 ký tự' };
  }
  const trang = integerParameter(query.trang, 1);
  if (trang === undefined) return { ok: false, problem: 'Tham số trang phải là số nguyên từ 1' };
  const soBanGhi = integerParameter(query.soBanGhi, DEFAULT_PAGE_SIZE);
  if (soBanGhi === undefined || soBanGhi > MAX_PAGE_SIZE) {
    return {
      ok: false,
      problem: `Tham số soBanGhi phải là số nguyên từ 1 đến ${MAX_PAGE_SIZE}`,
    };
  }
  return { ok: true, query: { ten, trang, soBanGhi } };
}

function integerParameter(value: unknown, byDefault: number): number | undefined {
  if (value === undefined) return byDefault;
  return typeof value === 'string' && POSITIVE_INTEGER.test(value) ? Number(value) : undefined;
}

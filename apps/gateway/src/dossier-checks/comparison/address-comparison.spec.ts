import { Address } from '@interop/contracts';
import { compareAddresses } from './address-comparison';

const registered: Address = {
  provinceCode: '01',
  provinceName: 'Hà Nội',
  communeCode: '00004',
  communeName: 'Phường Trúc Bạch',
  detail: 'Số 12, ngõ 34 phố Đội Cấn',
};

describe('compareAddresses', () => {
  it('matches on province and commune codes', () => {
    expect(compareAddresses({ provinceCode: '01', communeCode: '00004' }, registered)).toEqual({
      verdict: 'MATCH',
    });
  });

  it('does not compare the street detail, and says so when one was claimed', () => {
    const claimed = { provinceCode: '01', communeCode: '00004', detail: 'Nhà 99, phố Khác' };
    expect(compareAddresses(claimed, registered)).toEqual({
      verdict: 'MATCH',
      reason: 'compared on province and commune codes; the street detail is not compared',
    });
  });

  it('says which level differs', () => {
    expect(compareAddresses({ provinceCode: '79', communeCode: '00004' }, registered)).toEqual({
      verdict: 'MISMATCH',
      reason: 'the province differs from the register',
    });
    expect(compareAddresses({ provinceCode: '01', communeCode: '00007' }, registered)).toEqual({
      verdict: 'MISMATCH',
      reason: 'the province matches the register, the commune does not',
    });
  });

  it('compares on the province alone when the register has no commune code', () => {
    const provinceOnly = { ...registered, communeCode: '' };
    expect(compareAddresses({ provinceCode: '01', communeCode: '00007' }, provinceOnly)).toEqual({
      verdict: 'MATCH',
      reason: 'compared on the province only: the register holds no commune code',
    });
  });

  it('is NOT_FOUND when the register holds no such address', () => {
    expect(compareAddresses({ provinceCode: '01', communeCode: '00004' }, undefined).verdict).toBe(
      'NOT_FOUND',
    );
  });
});

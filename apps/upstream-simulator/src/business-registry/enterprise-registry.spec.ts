import { parseEnterpriseCode } from '@interop/contracts';
import { EnterpriseRegistry } from './enterprise-registry';

const registry = EnterpriseRegistry.forPopulation(20250701, 2000);
const withBranches = registry.enterprises.find((enterprise) => enterprise.branches.length > 1)!;

describe('EnterpriseRegistry', () => {
  it('finds an enterprise by its code, and by the code of any of its branches', () => {
    expect(registry.find(withBranches.code)).toBe(withBranches);
    for (const branch of withBranches.branches)
      expect(registry.find(branch.code)).toBe(withBranches);
    expect(registry.find(`${withBranches.code}-999`)).toBeUndefined();
  });

  it('offers valid codes that belong to no enterprise', () => {
    expect(registry.unknownCodes).toHaveLength(5);
    for (const code of registry.unknownCodes) {
      expect(parseEnterpriseCode(code).ok).toBe(true);
      expect(registry.find(code)).toBeUndefined();
    }
  });

  describe('search by name', () => {
    const allMatching = (term: string) => registry.search(term, 1, registry.enterprises.length);

    it('ignores case, spacing, Unicode form and diacritics', () => {
      const exact = allMatching('Xây dựng');
      expect(exact.total).toBeGreaterThan(20);
      for (const variant of ['xay dung', '  XÂY   DỰNG ', 'Xây dựng'.normalize('NFD')]) {
        expect(allMatching(variant)).toEqual(exact);
      }
    });

    it('matches the foreign and the short name too', () => {
      const enterprise = registry.enterprises.find((candidate) => candidate.shortName)!;
      const found = allMatching(enterprise.shortName!.toLowerCase()).items;
      expect(found).toContain(enterprise);
    });

    it('pages through the matches in code order, with the total of all pages', () => {
      const all = allMatching('Thương mại');
      const first = registry.search('Thương mại', 1, 7);
      const second = registry.search('Thương mại', 2, 7);
      expect(first.total).toBe(all.total);
      expect(second.total).toBe(all.total);
      expect([...first.items, ...second.items]).toEqual(all.items.slice(0, 14));
      const lastPage = Math.ceil(all.total / 7);
      expect(registry.search('Thương mại', lastPage + 1, 7)).toEqual({
        total: all.total,
        items: [],
      });
    });

    it('finds nothing for a name nobody has', () => {
      expect(allMatching('Không ai có tên này')).toEqual({ total: 0, items: [] });
    });
  });
});

import { generatePopulation } from '../synthetic/population.generator';
import { SyntheticCitizen } from '../synthetic/synthetic-citizen';
import { foldForSearch } from './name-folding';
import { unknownEnterpriseCodes } from './synthetic/enterprise-code.allocator';
import { generateEnterprises } from './synthetic/enterprise.generator';
import { SyntheticEnterprise } from './synthetic/synthetic-enterprise';

export interface SearchResult {
  total: number;
  items: SyntheticEnterprise[];
}

/** The business registry's records: by enterprise or branch code, and searchable by name. */
export class EnterpriseRegistry {
  private readonly byCode = new Map<string, SyntheticEnterprise>();
  /** Each enterprise's names, folded once for the search box. */
  private readonly searchKeys: ReadonlyArray<readonly string[]>;
  /** Valid enterprise codes of no enterprise, for not-found tests. */
  readonly unknownCodes: readonly string[];

  constructor(
    readonly enterprises: readonly SyntheticEnterprise[],
    seed: number,
  ) {
    for (const enterprise of enterprises) {
      this.byCode.set(enterprise.code, enterprise);
      enterprise.branches.forEach((branch) => this.byCode.set(branch.code, enterprise));
    }
    this.searchKeys = enterprises.map(({ name, foreignName, shortName }) =>
      [name, foreignName, shortName].flatMap((text) => (text ? [foldForSearch(text)] : [])),
    );
    this.unknownCodes = unknownEnterpriseCodes(seed, new Set(this.byCode.keys()), 5);
  }

  static generate(seed: number, citizens: readonly SyntheticCitizen[]): EnterpriseRegistry {
    return new EnterpriseRegistry(generateEnterprises({ seed, citizens }), seed);
  }

  /** The registry of the population that `seed` and `size` generate, as the simulator serves it. */
  static forPopulation(seed: number, size: number): EnterpriseRegistry {
    return EnterpriseRegistry.generate(seed, generatePopulation({ seed, size }));
  }

  /** The enterprise with this code, or the one a branch with this code belongs to. */
  find(code: string): SyntheticEnterprise | undefined {
    return this.byCode.get(code);
  }

  /** Enterprises whose Vietnamese, foreign or short name contains `term`, in code order. */
  search(term: string, page: number, pageSize: number): SearchResult {
    const folded = foldForSearch(term);
    const matches = this.enterprises.filter((_, i) =>
      this.searchKeys[i].some((key) => key.includes(folded)),
    );
    const start = (page - 1) * pageSize;
    return { total: matches.length, items: matches.slice(start, start + pageSize) };
  }
}

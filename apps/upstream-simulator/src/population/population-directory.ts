import { generatePopulation } from '../synthetic/population.generator';
import { SyntheticCitizen } from '../synthetic/synthetic-citizen';
import { unknownPersonalIds } from '../synthetic/unknown-identifiers';

/** The population database's records, indexed by identification number. */
export class PopulationDirectory {
  private readonly byPersonalId: ReadonlyMap<string, SyntheticCitizen>;
  /** Valid-format identification numbers of nobody, for not-found tests. */
  readonly unknownPersonalIds: readonly string[];

  constructor(
    readonly citizens: readonly SyntheticCitizen[],
    seed: number,
  ) {
    this.byPersonalId = new Map(citizens.map((citizen) => [citizen.personalId, citizen]));
    this.unknownPersonalIds = unknownPersonalIds(seed, new Set(this.byPersonalId.keys()), 5);
  }

  static generate(seed: number, size: number): PopulationDirectory {
    return new PopulationDirectory(generatePopulation({ seed, size }), seed);
  }

  find(personalId: string): SyntheticCitizen | undefined {
    return this.byPersonalId.get(personalId);
  }

  get size(): number {
    return this.citizens.length;
  }
}

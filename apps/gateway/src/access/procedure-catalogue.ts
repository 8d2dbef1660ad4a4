import { covers, GrantTarget, OperationRef, parseOperationRef } from './operation-ref';
import { ProcedureCatalogueDocument } from './procedure-catalogue.document';

export interface Procedure {
  code: string;
  name: string;
  operations: readonly OperationRef[];
}

export type CompiledCatalogue =
  { ok: true; catalogue: ProcedureCatalogue } | { ok: false; problems: string[] };

/**
 * A procedure as it is implemented by an agency carries the national code with suffixes, e.g.
 * `1.001193.000.00.00.H12`: the first two groups name the procedure itself.
 */
const NATIONAL_CODE = /^(\d\.\d{6})(\.[\w.-]+)?$/;

/** Which source operations each administrative procedure may use (purpose limitation). */
export class ProcedureCatalogue {
  private constructor(private readonly procedures: ReadonlyMap<string, Procedure>) {}

  static compile(document: ProcedureCatalogueDocument): CompiledCatalogue {
    const codes = document.procedures.map((procedure) => procedure.code);
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
    if (repeated.length > 0) {
      const problems = [...new Set(repeated)].map((code) => `procedure ${code} appears twice`);
      return { ok: false, problems };
    }
    const procedures = new Map(
      document.procedures.map(({ code, name, operations }) => [
        code,
        {
          code,
          name,
          operations: operations.map((text) => parseOperationRef(text) as OperationRef),
        },
      ]),
    );
    return { ok: true, catalogue: new ProcedureCatalogue(procedures) };
  }

  /** The procedure a request's code names, by its exact code or its national code. */
  find(code: string): Procedure | undefined {
    const exact = this.procedures.get(code);
    if (exact) return exact;
    const national = NATIONAL_CODE.exec(code)?.[1];
    return national === undefined ? undefined : this.procedures.get(national);
  }

  /** The procedures that use the operation. */
  using(target: GrantTarget, operation: string): Procedure[] {
    return [...this.procedures.values()].filter((procedure) =>
      ProcedureCatalogue.allows(procedure, target, operation),
    );
  }

  get size(): number {
    return this.procedures.size;
  }

  static allows(procedure: Procedure, target: GrantTarget, operation: string): boolean {
    return procedure.operations.some((ref) => covers(ref, target, operation));
  }
}

import { Type } from '@nestjs/common';
import { ClaimCheck, ClaimPart, DossierCheckRequest, SourceName } from '@interop/contracts';
import { AskSource } from './source-answers';

/**
 * One kind of claim a dossier can declare, and how it is checked against its source. The check
 * request's DTO, the result document and the service are assembled from the registered
 * checkers (DOSSIER_CLAIMS): a new source's claim is one new file, and nothing else names it.
 */
export interface ClaimChecker<
  Name extends string = string,
  Part = unknown,
  Field extends string = string,
  Required extends boolean = boolean,
> {
  /** Its part of the request: the key, whether it is required, how it is validated. */
  readonly part: ClaimPart<Name, Required>;
  /** The source it asks, and the operations there it may ask: no others. */
  readonly source: SourceName;
  readonly operations: readonly string[];
  /** Its entry in the result document: the OpenAPI model of its check, and what it says. */
  readonly result: { readonly model: Type<ClaimCheck<Field>>; readonly description: string };
  /**
   * Asks the source through `ask` and compares what it answers with the declared part; the
   * whole request is there for what the claim shares with another part (the applicant's id).
   */
  check(ask: AskSource, part: Part, request: DossierCheckRequest): Promise<ClaimCheck<Field>>;
}

/** The check of a claim, as its checker types it. */
type ClaimCheckOf<Checker> =
  Checker extends ClaimChecker<string, never, infer Field> ? ClaimCheck<Field> : never;

type RequiredOf<Checker> = Checker extends { part: { required: true } } ? Checker : never;

/** The claims a check by these checkers answers, by part name: the required ones always. */
export type ClaimsOf<Checkers extends readonly ClaimChecker[]> = {
  readonly [C in RequiredOf<Checkers[number]> as C['part']['name']]: ClaimCheckOf<C>;
} & {
  readonly [
    C in Exclude<Checkers[number], RequiredOf<Checkers[number]>> as C['part']['name']
  ]?: ClaimCheckOf<C>;
};

/**
 * Another claim's part of the request, typed by its checker: how a claim declares that it
 * reads one. The request was validated against the DTO of these checkers, so the part is there
 * whenever that checker requires it.
 */
export function partOf<Part, Required extends boolean>(
  checker: ClaimChecker<string, Part, string, Required>,
  request: DossierCheckRequest,
): Required extends true ? Part : Part | undefined {
  return request[checker.part.name] as Required extends true ? Part : Part | undefined;
}

import { SOURCE_OPERATIONS, SourceName, SOURCES } from '@interop/contracts';

/** Dossier checks are the gateway's own operation, granted and catalogued like a source's. */
export const DOSSIER_CHECKS = 'dossier-checks';
export const DOSSIER_CHECK_OPERATION = 'check';

export type GrantTarget = SourceName | typeof DOSSIER_CHECKS;

/** What a grant or a procedure names: `population:citizen.lookup`, or `population:*`. */
export interface OperationRef {
  target: GrantTarget;
  /** An operation of the target, or `*` for all of them. */
  operation: string;
}

const OPERATIONS_OF: Readonly<Record<GrantTarget, readonly string[]>> = {
  ...SOURCE_OPERATIONS,
  [DOSSIER_CHECKS]: [DOSSIER_CHECK_OPERATION],
};

export const GRANT_TARGETS: readonly GrantTarget[] = [...SOURCES, DOSSIER_CHECKS];

/** Every `target:operation` there is: the vocabulary the policy and the catalogue are written in. */
export const OPERATION_VOCABULARY: readonly string[] = GRANT_TARGETS.flatMap((target) =>
  OPERATIONS_OF[target].map((operation) => `${target}:${operation}`),
);

export function isGrantTarget(value: string): value is GrantTarget {
  return (GRANT_TARGETS as readonly string[]).includes(value);
}

/** Parses `target:operation` or `target:*`; undefined for anything the vocabulary lacks. */
export function parseOperationRef(text: string): OperationRef | undefined {
  const separator = text.indexOf(':');
  if (separator < 0) return undefined;
  const target = text.slice(0, separator);
  const operation = text.slice(separator + 1);
  if (!isGrantTarget(target)) return undefined;
  if (operation !== '*' && !OPERATIONS_OF[target].includes(operation)) return undefined;
  return { target, operation };
}

export function formatOperationRef({ target, operation }: OperationRef): string {
  return `${target}:${operation}`;
}

export function covers(ref: OperationRef, target: GrantTarget, operation: string): boolean {
  return ref.target === target && (ref.operation === '*' || ref.operation === operation);
}

/** The ways a log can fail verification; docs/audit.md says what each one means. */
export type FindingKind =
  | 'changed-row'
  | 'deleted-row'
  | 'broken-link'
  | 'out-of-order'
  | 'truncated-tail'
  | 'forged-checkpoint'
  | 'missing-checkpoint'
  | 'rewritten-range'
  | 'bad-archive';

/** One broken link, placed at the first row it concerns. */
export interface Finding {
  seq: number;
  kind: FindingKind;
  message: string;
}

/** Findings in the order of the rows they concern; the first is the first broken link. */
export function bySeq(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.seq - b.seq);
}

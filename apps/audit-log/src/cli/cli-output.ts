import { VerificationReport } from '../ledger/ledger-verifier';

/** Shown for every finding after the first, up to this many. */
const MORE = 20;

/** The verdict in a few lines: the first broken link by seq, then the others. */
export function describeReport(what: string, report: VerificationReport): string[] {
  const { findings, rows, checkpoints, unsigned } = report;
  const counts = `${rows} rows, ${checkpoints} checkpoints`;
  if (findings.length === 0) {
    const tail = unsigned
      ? `; rows ${unsigned.firstSeq}..${unsigned.lastSeq} are chained but not yet signed`
      : '';
    return [`${what}: OK (${counts}${tail})`];
  }
  const [first, ...others] = findings;
  return [
    `${what}: BROKEN (${counts}): first broken link at seq ${first.seq} (${first.kind}): ${first.message}`,
    ...others
      .slice(0, MORE)
      .map(({ seq, kind, message }) => `  also at seq ${seq} (${kind}): ${message}`),
    ...(others.length > MORE ? [`  and ${others.length - MORE} more`] : []),
  ];
}

/** Runs a CLI's main with its arguments; usage errors exit 2, a failed check 1. */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    },
  );
}

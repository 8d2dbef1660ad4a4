import { GENESIS_HASH } from '../ledger/chain-hash';
import { checkpointEndingAt, readCheckpoints, readRows } from '../store/ledger.repository';
import { SqlRunner } from '../store/sql-store';
import { ARCHIVE_FORMAT, ArchiveHeader, ArchiveLine } from './archive-format';

export interface ExportRange {
  /** Checkpoints signed at or after this instant... */
  from: Date;
  /** ...and before this one. */
  to: Date;
  previousArchiveSha256?: string;
}

export type ExportResult = { ok: true; header: ArchiveHeader } | { ok: false; reason: string };

const PAGE = 5000;

/**
 * Writes, one JSON line each, the header, then every row covered by the checkpoints signed in
 * the range, each checkpoint right after its last row. Whole checkpoint ranges only: every row
 * of an archive is signed, and consecutive ranges give archives that link end to end.
 */
export async function exportArchive(
  db: SqlRunner,
  range: ExportRange,
  write: (line: ArchiveLine) => Promise<void>,
): Promise<ExportResult> {
  const checkpoints = await readCheckpoints(db, {
    signedFrom: range.from.toISOString(),
    signedTo: range.to.toISOString(),
  });
  if (checkpoints.length === 0) {
    return { ok: false, reason: 'no checkpoint was signed in that range: nothing to export' };
  }
  const firstSeq = checkpoints[0].firstSeq;
  const lastSeq = checkpoints[checkpoints.length - 1].treeSize;
  const [before] = firstSeq > 1 ? await readRows(db, firstSeq - 2, 1) : [];
  const header: ArchiveHeader = {
    type: 'header',
    format: ARCHIVE_FORMAT,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    firstSeq,
    lastSeq,
    prevRowHash: before?.hash ?? GENESIS_HASH,
    prevCheckpoint: (firstSeq > 1 && (await checkpointEndingAt(db, firstSeq - 1))) || null,
    previousArchiveSha256: range.previousArchiveSha256 ?? null,
    exportedAt: new Date().toISOString(),
  };
  await write(header);
  let next = 0;
  for (let after = firstSeq - 1; after < lastSeq;) {
    const rows = await readRows(db, after, PAGE, lastSeq);
    if (rows.length === 0) break;
    for (const { seq, prevHash, hash, canonical } of rows) {
      await write({ type: 'row', seq, prevHash, hash, event: JSON.parse(canonical) });
      while (next < checkpoints.length && checkpoints[next].treeSize <= seq) {
        await write({ type: 'checkpoint', ...checkpoints[next++] });
      }
    }
    after = rows[rows.length - 1].seq;
  }
  for (; next < checkpoints.length; next++)
    await write({ type: 'checkpoint', ...checkpoints[next] });
  return { ok: true, header };
}

import { KeyObject } from 'node:crypto';
import { LedgerVerifier, VerificationReport } from '../ledger/ledger-verifier';
import { disagreeingColumns } from '../store/event-columns';
import { readCheckpoints, readRows, StoredRow } from '../store/ledger.repository';
import { SqlRunner } from '../store/sql-store';

const PAGE = 5000;

function columnsDisagree({ columns, canonical }: StoredRow): string[] {
  try {
    return disagreeingColumns(columns, JSON.parse(canonical));
  } catch {
    return ['canonical'];
  }
}

/** Checks the whole log in a database, from row 1, against the public key. */
export async function verifyDatabase(
  db: SqlRunner,
  publicKey: KeyObject,
): Promise<VerificationReport> {
  const verifier = new LedgerVerifier(publicKey);
  (await readCheckpoints(db)).forEach((checkpoint) => verifier.addCheckpoint(checkpoint));
  for (let after = 0; ;) {
    const rows = await readRows(db, after, PAGE);
    if (rows.length === 0) break;
    rows.forEach((row) => verifier.addRow({ ...row, columnsDisagree: columnsDisagree(row) }));
    after = rows[rows.length - 1].seq;
  }
  return verifier.finish();
}

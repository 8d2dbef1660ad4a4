import { generateKeyPairSync } from 'node:crypto';
import { Checkpoint } from './checkpoint';
import { chainRows, EMPTY_HEAD, makeCheckpoint } from './ledger-chain';
import { LedgerRow, LedgerVerifier } from './ledger-verifier';
import { SigningKey } from './signing-key';

const key: SigningKey = generateKeyPairSync('ed25519');
const otherKey: SigningKey = generateKeyPairSync('ed25519');

/** 25 rows with a checkpoint every 10: checkpoints 1 (1..10), 2 (11..20); 21..25 unsigned. */
function ledger(): { rows: LedgerRow[]; checkpoints: Checkpoint[] } {
  const events = Array.from({ length: 25 }, (_, i) => JSON.stringify({ n: i + 1 }));
  const rows = chainRows(EMPTY_HEAD, events);
  const checkpoints: Checkpoint[] = [];
  for (const end of [10, 20]) {
    const since = checkpoints[checkpoints.length - 1];
    const covered = rows.slice(since?.treeSize ?? 0, end);
    checkpoints.push(makeCheckpoint(covered, since, key, new Date(Date.UTC(2026, 10, end))));
  }
  return { rows, checkpoints };
}

function verify({ rows, checkpoints }: ReturnType<typeof ledger>, publicKey = key.publicKey) {
  const verifier = new LedgerVerifier(publicKey);
  checkpoints.forEach((checkpoint) => verifier.addCheckpoint(checkpoint));
  rows.forEach((row) => verifier.addRow(row));
  return verifier.finish();
}

const first = (log: ReturnType<typeof ledger>) => verify(log).findings[0];

describe('LedgerVerifier', () => {
  it('accepts an untouched log and says which rows are not yet signed', () => {
    const report = verify(ledger());
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ rows: 25, checkpoints: 2, lastSeq: 25 });
    expect(report.unsigned).toEqual({ firstSeq: 21, lastSeq: 25 });
  });

  it('accepts checkpoints given after their rows, as in an archive', () => {
    const { rows, checkpoints } = ledger();
    const verifier = new LedgerVerifier(key.publicKey);
    rows.forEach((row) => {
      verifier.addRow(row);
      checkpoints
        .filter(({ treeSize }) => treeSize === row.seq)
        .forEach((c) => verifier.addCheckpoint(c));
    });
    expect(verifier.finish().findings).toEqual([]);
  });

  it('finds a changed row at its seq', () => {
    const log = ledger();
    log.rows[6] = { ...log.rows[6], canonical: JSON.stringify({ n: 700 }) };
    expect(verify(log).findings).toEqual([
      expect.objectContaining({ seq: 7, kind: 'changed-row' }),
    ]);
  });

  it('finds a changed row in the unsigned tail', () => {
    const log = ledger();
    log.rows[22] = { ...log.rows[22], canonical: '{}' };
    expect(first(log)).toMatchObject({ seq: 23, kind: 'changed-row' });
  });

  it('finds a row whose query columns disagree with its hashed event', () => {
    const log = ledger();
    log.rows[3] = { ...log.rows[3], columnsDisagree: ['caller'] };
    expect(first(log)).toMatchObject({ seq: 4, kind: 'changed-row' });
  });

  it('finds a rewritten range whose hashes were recomputed, at its first row', () => {
    const log = ledger();
    const rewritten = chainRows(
      { seq: 10, hash: log.rows[9].hash },
      log.rows.slice(10).map((row, i) => (i === 4 ? '{"n":0}' : row.canonical)),
    );
    log.rows.splice(10, rewritten.length, ...rewritten);
    expect(verify(log).findings).toEqual([
      expect.objectContaining({ seq: 11, kind: 'rewritten-range' }),
    ]);
  });

  it('finds a deleted row at its seq', () => {
    const log = ledger();
    log.rows.splice(12, 1);
    expect(first(log)).toMatchObject({ seq: 13, kind: 'deleted-row' });
  });

  it('finds a deleted row after which the rest were renumbered', () => {
    const log = ledger();
    log.rows.splice(12, 1);
    log.rows = log.rows.map((row, i) => ({ ...row, seq: i + 1 }));
    expect(first(log)).toMatchObject({ seq: 13, kind: 'broken-link' });
  });

  it('finds two swapped rows at the first of them', () => {
    const log = ledger();
    const [a, b] = [log.rows[4], log.rows[8]];
    log.rows[4] = { ...b, seq: 5 };
    log.rows[8] = { ...a, seq: 9 };
    expect(first(log)).toMatchObject({ seq: 5, kind: 'broken-link' });
  });

  it('finds a truncated tail that a checkpoint covers', () => {
    const log = ledger();
    log.rows = log.rows.slice(0, 16);
    expect(verify(log).findings).toEqual([
      expect.objectContaining({ seq: 17, kind: 'truncated-tail' }),
    ]);
  });

  it('finds a checkpoint whose signature does not verify', () => {
    const log = ledger();
    log.checkpoints[1] = { ...log.checkpoints[1], merkleRoot: 'ab'.repeat(32) };
    expect(first(log)).toMatchObject({ seq: 11, kind: 'forged-checkpoint' });
  });

  it('finds a checkpoint signed with another key', () => {
    const log = ledger();
    const rows = log.rows.slice(10, 20);
    log.checkpoints[1] = makeCheckpoint(rows, log.checkpoints[0], otherKey, new Date());
    expect(first(log)).toMatchObject({ seq: 11, kind: 'forged-checkpoint' });
  });

  it('finds a missing checkpoint at the first row it covered', () => {
    const log = ledger();
    log.checkpoints.splice(0, 1);
    expect(first(log)).toMatchObject({ seq: 1, kind: 'missing-checkpoint' });
  });

  it('names the earliest of several broken links first', () => {
    const log = ledger();
    log.rows[18] = { ...log.rows[18], canonical: '{}' };
    log.rows[2] = { ...log.rows[2], canonical: '{}' };
    expect(verify(log).findings.map(({ seq }) => seq)).toEqual([3, 19]);
  });
});

import { KeyObject } from 'node:crypto';
import { chainHash, GENESIS_HASH } from './chain-hash';
import { Checkpoint, hasValidSignature, keyIdOf } from './checkpoint';
import { bySeq, Finding, FindingKind } from './findings';
import { leafHash, merkleRoot } from './merkle-tree';

/** A row as read back from the store or an archive. */
export interface LedgerRow {
  seq: number;
  prevHash: string;
  hash: string;
  /** The event's canonical encoding: the bytes that were hashed. */
  canonical: string;
  /** Query columns that say something other than the hashed event, if any. */
  columnsDisagree?: string[];
}

/** Where verification starts: the log's beginning, or an archive's link to what came before. */
export interface LedgerStart {
  firstSeq: number;
  prevHash: string;
  /** The checkpoint that ends just before `firstSeq`, already verified. */
  prevCheckpoint?: Checkpoint;
}

export const LOG_START: LedgerStart = { firstSeq: 1, prevHash: GENESIS_HASH };

export interface VerificationReport {
  findings: Finding[];
  rows: number;
  checkpoints: number;
  /** Rows after the last checkpoint: chained, but not yet signed. */
  unsigned?: { firstSeq: number; lastSeq: number };
  lastSeq: number;
}

interface PendingRow {
  seq: number;
  hash: string;
  leaf: Buffer;
}

/**
 * Checks a log row by row in seq order, and each checkpoint once the rows it covers have gone by:
 * every row's hash over its content, every row's link to the one before, seq without gaps, every
 * checkpoint's signature, its place in the chain of checkpoints, its head hash and Merkle root.
 * A row that fails is reported and then trusted as stored, so that one change shows as one
 * finding rather than breaking everything after it.
 */
export class LedgerVerifier {
  private readonly findings: Finding[] = [];
  private readonly keyId: string;
  private readonly queued: Checkpoint[] = [];
  private pending: PendingRow[] = [];
  private expectedSeq: number;
  private prevHash: string;
  private lastCheckpoint?: Checkpoint;
  private rows = 0;
  private checkpoints = 0;

  constructor(
    private readonly publicKey: KeyObject,
    start: LedgerStart = LOG_START,
  ) {
    this.keyId = keyIdOf(publicKey);
    this.expectedSeq = start.firstSeq;
    this.prevHash = start.prevHash;
    this.lastCheckpoint = start.prevCheckpoint;
  }

  addRow(row: LedgerRow): void {
    this.rows++;
    if (row.seq < this.expectedSeq) {
      this.report(
        row.seq,
        'out-of-order',
        `row ${row.seq} comes after row ${this.expectedSeq - 1}`,
      );
      return;
    }
    const gap = row.seq > this.expectedSeq;
    if (gap) this.reportGap(row.seq);
    this.checkRow(row, gap);
    this.pending.push({ seq: row.seq, hash: row.hash, leaf: leafHash(row.canonical) });
    this.prevHash = row.hash;
    this.expectedSeq = row.seq + 1;
    this.checkQueued();
  }

  /** Checkpoints may come in any order relative to rows; each is checked once its rows are in. */
  addCheckpoint(checkpoint: Checkpoint): void {
    this.checkpoints++;
    this.queued.push(checkpoint);
    this.queued.sort((a, b) => a.treeSize - b.treeSize);
    this.checkQueued();
  }

  finish(): VerificationReport {
    const lastSeq = this.expectedSeq - 1;
    const beyond = this.queued.shift();
    if (beyond) this.reportTruncation(beyond, lastSeq);
    const signedUpTo = this.lastCheckpoint?.treeSize ?? 0;
    return {
      findings: bySeq(this.findings),
      rows: this.rows,
      checkpoints: this.checkpoints,
      lastSeq,
      unsigned: lastSeq > signedUpTo ? { firstSeq: signedUpTo + 1, lastSeq } : undefined,
    };
  }

  private checkRow(row: LedgerRow, afterGap: boolean): void {
    if (chainHash(row.prevHash, row.canonical) !== row.hash) {
      this.report(row.seq, 'changed-row', `row ${row.seq}: its content does not match its hash`);
    } else if (row.columnsDisagree?.length) {
      this.report(
        row.seq,
        'changed-row',
        `row ${row.seq}: columns ${row.columnsDisagree.join(', ')} differ from the hashed event`,
      );
    }
    if (!afterGap && row.prevHash !== this.prevHash) {
      this.report(
        row.seq,
        'broken-link',
        `row ${row.seq}: prev_hash is not the hash of row ${row.seq - 1} ` +
          '(a row was removed, inserted or moved here)',
      );
    }
  }

  private reportGap(seq: number): void {
    const first = this.expectedSeq;
    const rows = seq - 1 === first ? `row ${first} is` : `rows ${first}..${seq - 1} are`;
    this.report(first, 'deleted-row', `${rows} missing`);
  }

  private checkQueued(): void {
    while (this.queued.length > 0 && this.queued[0].treeSize < this.expectedSeq) {
      this.checkCheckpoint(this.queued.shift()!);
    }
  }

  private checkCheckpoint(checkpoint: Checkpoint): void {
    const { checkpoint: number, firstSeq, treeSize } = checkpoint;
    const where = `checkpoint ${number} (rows ${firstSeq}..${treeSize})`;
    if (checkpoint.keyId !== this.keyId || !hasValidSignature(checkpoint, this.publicKey)) {
      this.report(firstSeq, 'forged-checkpoint', `${where}: the signature does not verify`);
    } else {
      this.checkCheckpointLink(checkpoint, where);
      this.checkCoveredRows(checkpoint, where);
    }
    this.lastCheckpoint = checkpoint;
    this.pending = this.pending.filter(({ seq }) => seq > treeSize);
  }

  private checkCheckpointLink(checkpoint: Checkpoint, where: string): void {
    const previous = this.lastCheckpoint;
    const expectedNumber = (previous?.checkpoint ?? 0) + 1;
    const expectedFirst = (previous?.treeSize ?? 0) + 1;
    if (checkpoint.checkpoint !== expectedNumber || checkpoint.firstSeq !== expectedFirst) {
      const uncovered =
        checkpoint.firstSeq > expectedFirst
          ? `rows ${expectedFirst}..${checkpoint.firstSeq - 1} have no checkpoint`
          : `it overlaps the previous one`;
      this.report(
        Math.min(expectedFirst, checkpoint.firstSeq),
        'missing-checkpoint',
        `${where}: checkpoint ${expectedNumber} should come first; ${uncovered}`,
      );
    } else if (checkpoint.prevSignature !== (previous?.signature ?? '')) {
      this.report(
        checkpoint.firstSeq,
        'forged-checkpoint',
        `${where}: prevSignature is not the signature of checkpoint ${expectedNumber - 1}`,
      );
    }
  }

  /** Skipped where a row in the range is already reported: that finding explains the mismatch. */
  private checkCoveredRows(checkpoint: Checkpoint, where: string): void {
    const { firstSeq, treeSize } = checkpoint;
    const explained = this.findings.some(({ seq }) => seq >= firstSeq && seq <= treeSize);
    if (explained) return;
    const covered = this.pending.filter(({ seq }) => seq >= firstSeq && seq <= treeSize);
    const head = covered[covered.length - 1];
    const root = merkleRoot(covered.map(({ leaf }) => leaf)).toString('hex');
    if (head?.seq !== treeSize || head.hash !== checkpoint.headHash) {
      this.report(firstSeq, 'rewritten-range', `${where}: the head hash is not the signed one`);
    } else if (root !== checkpoint.merkleRoot) {
      this.report(firstSeq, 'rewritten-range', `${where}: the Merkle root is not the signed one`);
    }
  }

  private reportTruncation(checkpoint: Checkpoint, lastSeq: number): void {
    if (!hasValidSignature(checkpoint, this.publicKey)) {
      this.report(
        checkpoint.firstSeq,
        'forged-checkpoint',
        `checkpoint ${checkpoint.checkpoint} (rows ${checkpoint.firstSeq}..${checkpoint.treeSize}): the signature does not verify`,
      );
      return;
    }
    this.report(
      lastSeq + 1,
      'truncated-tail',
      `checkpoint ${checkpoint.checkpoint} signed ${checkpoint.treeSize} rows, the log ends at ` +
        `row ${lastSeq}: rows ${lastSeq + 1}..${checkpoint.treeSize} are missing`,
    );
  }

  private report(seq: number, kind: FindingKind, message: string): void {
    this.findings.push({ seq, kind, message });
  }
}

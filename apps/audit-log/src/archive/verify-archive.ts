import { createHash, KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { canonicalEvent, GENESIS_HASH } from '../ledger/chain-hash';
import { Checkpoint, hasValidSignature } from '../ledger/checkpoint';
import { bySeq, Finding } from '../ledger/findings';
import { LedgerVerifier, VerificationReport } from '../ledger/ledger-verifier';
import { ARCHIVE_FORMAT, ArchiveHeader, ArchiveLine } from './archive-format';

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function* linesOf(file: string): AsyncGenerator<ArchiveLine> {
  for await (const line of createInterface({ input: createReadStream(file, 'utf8') })) {
    if (line.trim()) yield JSON.parse(line) as ArchiveLine;
  }
}

/** The anchor's problems: the header must link to a signed checkpoint ending where rows begin. */
function anchorFindings(header: ArchiveHeader, publicKey: KeyObject): Finding[] {
  const { firstSeq, prevCheckpoint: anchor, prevRowHash } = header;
  const bad = (message: string): Finding[] => [{ seq: firstSeq, kind: 'bad-archive', message }];
  if (!anchor) {
    return firstSeq === 1 && prevRowHash === GENESIS_HASH
      ? []
      : bad(`the archive starts at row ${firstSeq} but names no checkpoint before it`);
  }
  if (!hasValidSignature(anchor, publicKey)) {
    return bad(`the checkpoint before the archive (${anchor.checkpoint}) does not verify`);
  }
  if (anchor.treeSize !== firstSeq - 1 || anchor.headHash !== prevRowHash) {
    return bad(`the checkpoint before the archive does not end at row ${firstSeq - 1}`);
  }
  return [];
}

/** The last checkpoint of an archive file: what the next archive must start from. */
async function lastCheckpointOf(file: string): Promise<Checkpoint | undefined> {
  let last: Checkpoint | undefined;
  for await (const line of linesOf(file)) {
    if (line.type === 'checkpoint') last = line;
  }
  return last;
}

async function previousArchiveFindings(
  header: ArchiveHeader,
  previous: string,
): Promise<Finding[]> {
  const bad = (message: string): Finding[] => [
    { seq: header.firstSeq, kind: 'bad-archive', message },
  ];
  if ((await sha256OfFile(previous)) !== header.previousArchiveSha256) {
    return bad(`${previous} is not the archive this one names as its previous (SHA-256 differs)`);
  }
  const last = await lastCheckpointOf(previous);
  if (last?.signature !== header.prevCheckpoint?.signature) {
    return bad(`${previous} does not end at the checkpoint this archive starts from`);
  }
  return [];
}

/** Checks an archive offline, with the public key only (and the previous archive, if given). */
export async function verifyArchive(
  file: string,
  publicKey: KeyObject,
  previousArchive?: string,
): Promise<VerificationReport> {
  const lines = linesOf(file);
  const first = (await lines.next()).value as ArchiveLine | undefined;
  if (first?.type !== 'header' || first.format !== ARCHIVE_FORMAT) {
    const message = `${file} does not start with an ${ARCHIVE_FORMAT} header`;
    return {
      findings: [{ seq: 0, kind: 'bad-archive', message }],
      rows: 0,
      checkpoints: 0,
      lastSeq: 0,
    };
  }
  const header = first;
  const extra = anchorFindings(header, publicKey);
  if (previousArchive) extra.push(...(await previousArchiveFindings(header, previousArchive)));
  const verifier = new LedgerVerifier(publicKey, {
    firstSeq: header.firstSeq,
    prevHash: header.prevRowHash,
    prevCheckpoint: header.prevCheckpoint ?? undefined,
  });
  for await (const line of lines) {
    if (line.type === 'row') {
      const { seq, prevHash, hash, event } = line;
      verifier.addRow({ seq, prevHash, hash, canonical: canonicalEvent(event) });
    } else if (line.type === 'checkpoint') {
      verifier.addCheckpoint(line);
    }
  }
  const report = verifier.finish();
  const truncated = report.findings.some(({ kind }) => kind === 'truncated-tail');
  if (report.unsigned && !truncated) {
    const { firstSeq, lastSeq } = report.unsigned;
    extra.push({
      seq: firstSeq,
      kind: 'missing-checkpoint',
      message: `rows ${firstSeq}..${lastSeq} of the archive are covered by no checkpoint`,
    });
  } else if (report.lastSeq < header.lastSeq && !truncated) {
    extra.push({
      seq: report.lastSeq + 1,
      kind: 'truncated-tail',
      message: `the header says the archive ends at row ${header.lastSeq}, it ends at row ${report.lastSeq}`,
    });
  }
  return { ...report, findings: bySeq([...report.findings, ...extra]) };
}

import { chainHash, GENESIS_HASH } from './chain-hash';
import { Checkpoint, keyIdOf, signCheckpoint } from './checkpoint';
import { LedgerRow } from './ledger-verifier';
import { leafHash, merkleRoot } from './merkle-tree';
import { SigningKey } from './signing-key';

/** The last row of the log: where the next row links. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/** The rows that append these canonical events, in order, after `head`. */
export function chainRows(head: ChainHead, canonicals: string[]): LedgerRow[] {
  let { seq, hash } = head;
  return canonicals.map((canonical) => {
    const row = { seq: seq + 1, prevHash: hash, hash: chainHash(hash, canonical), canonical };
    ({ seq, hash } = row);
    return row;
  });
}

/** The signed checkpoint over `rows`, the rows since `previous` (or since the start). */
export function makeCheckpoint(
  rows: LedgerRow[],
  previous: Checkpoint | undefined,
  key: SigningKey,
  signedAt: Date,
): Checkpoint {
  const head = rows[rows.length - 1];
  return signCheckpoint(
    {
      version: 1,
      checkpoint: (previous?.checkpoint ?? 0) + 1,
      firstSeq: rows[0].seq,
      treeSize: head.seq,
      headHash: head.hash,
      merkleRoot: merkleRoot(rows.map(({ canonical }) => leafHash(canonical))).toString('hex'),
      prevSignature: previous?.signature ?? '',
      signedAt: signedAt.toISOString(),
      keyId: keyIdOf(key.publicKey),
    },
    key.privateKey,
  );
}

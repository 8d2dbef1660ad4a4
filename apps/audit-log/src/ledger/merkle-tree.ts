import { createHash } from 'node:crypto';

const sha256 = (...parts: Buffer[]) => {
  const hash = createHash('sha256');
  parts.forEach((part) => hash.update(part));
  return hash.digest();
};

const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);

/** RFC 9162 §2.1.1: the hash of a leaf entry, SHA-256(0x00 || entry). */
export function leafHash(entry: Buffer | string): Buffer {
  return sha256(LEAF, typeof entry === 'string' ? Buffer.from(entry, 'utf8') : entry);
}

/** The largest power of two smaller than n (n > 1): the RFC's split point k. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * RFC 9162 §2.1.1 Merkle Tree Hash over leaf hashes already computed with `leafHash`:
 * MTH({}) = SHA-256(), MTH of one leaf = its leaf hash, otherwise
 * SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])) with k the largest power of two below n.
 */
export function merkleRoot(leafHashes: Buffer[]): Buffer {
  if (leafHashes.length === 0) return sha256();
  return subtreeRoot(leafHashes, 0, leafHashes.length);
}

function subtreeRoot(leaves: Buffer[], start: number, end: number): Buffer {
  const n = end - start;
  if (n === 1) return leaves[start];
  const k = splitPoint(n);
  return sha256(NODE, subtreeRoot(leaves, start, start + k), subtreeRoot(leaves, start + k, end));
}

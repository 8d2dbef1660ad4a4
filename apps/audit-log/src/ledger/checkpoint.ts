import { createHash, KeyObject, sign, verify } from 'node:crypto';
import { canonicalEvent } from './chain-hash';

/** What a checkpoint signs. All hashes are lower-case hex; see docs/audit.md for the bytes. */
export interface CheckpointBody {
  version: 1;
  /** 1, 2, 3...: checkpoints form a chain of their own through `prevSignature`. */
  checkpoint: number;
  /** The first row this checkpoint covers: the previous checkpoint's treeSize + 1. */
  firstSeq: number;
  /** Rows in the log up to and including this checkpoint: the seq of its last row. */
  treeSize: number;
  /** The hash of row `treeSize`. */
  headHash: string;
  /** RFC 9162 Merkle Tree Hash of rows firstSeq..treeSize, each leaf its canonical event. */
  merkleRoot: string;
  /** The previous checkpoint's signature (base64), '' for the first checkpoint. */
  prevSignature: string;
  /** When it was signed, ISO 8601 UTC. */
  signedAt: string;
  /** SHA-256 of the signing key's public key (SPKI DER), hex: which key to verify with. */
  keyId: string;
}

export interface Checkpoint extends CheckpointBody {
  /** Ed25519 over `checkpointMessage(body)`, base64. */
  signature: string;
}

/** Keeps a checkpoint signature from ever being mistaken for a signature over anything else. */
const DOMAIN = 'interop-audit-checkpoint/v1\n';

/** The signed bytes: the domain line, then the JCS encoding of the body, in UTF-8. */
export function checkpointMessage(body: CheckpointBody): Buffer {
  const {
    version,
    checkpoint,
    firstSeq,
    treeSize,
    headHash,
    merkleRoot,
    prevSignature,
    signedAt,
    keyId,
  } = body;
  const signed = {
    version,
    checkpoint,
    firstSeq,
    treeSize,
    headHash,
    merkleRoot,
    prevSignature,
    signedAt,
    keyId,
  };
  return Buffer.from(DOMAIN + canonicalEvent(signed), 'utf8');
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function signCheckpoint(body: CheckpointBody, privateKey: KeyObject): Checkpoint {
  return { ...body, signature: sign(null, checkpointMessage(body), privateKey).toString('base64') };
}

/** Whether `publicKey` made this checkpoint's signature over exactly these fields. */
export function hasValidSignature(checkpoint: Checkpoint, publicKey: KeyObject): boolean {
  try {
    return verify(
      null,
      checkpointMessage(checkpoint),
      publicKey,
      Buffer.from(checkpoint.signature, 'base64'),
    );
  } catch {
    return false;
  }
}

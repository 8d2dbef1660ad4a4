import { Checkpoint } from '../ledger/checkpoint';

export const ARCHIVE_FORMAT = 'interop-audit-archive/v1';

/** The first line of an archive: what it holds and how it links to what came before. */
export interface ArchiveHeader {
  type: 'header';
  format: typeof ARCHIVE_FORMAT;
  /** The export's bounds on checkpoint signing time, ISO 8601 UTC. */
  from: string;
  to: string;
  firstSeq: number;
  lastSeq: number;
  /** The hash of row firstSeq - 1 (GENESIS_HASH for the first archive). */
  prevRowHash: string;
  /** The checkpoint that ends at row firstSeq - 1, signed: the anchor of this archive. */
  prevCheckpoint: Checkpoint | null;
  /** SHA-256 (hex) of the previous archive file, when the export was told which one it was. */
  previousArchiveSha256: string | null;
  exportedAt: string;
}

export interface ArchiveRow {
  type: 'row';
  seq: number;
  prevHash: string;
  hash: string;
  /** The event; its JCS encoding is the hashed bytes. */
  event: object;
}

export type ArchiveCheckpoint = { type: 'checkpoint' } & Checkpoint;

export type ArchiveLine = ArchiveHeader | ArchiveRow | ArchiveCheckpoint;

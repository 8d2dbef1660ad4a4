import { randomBytes } from 'node:crypto';

/** Correlation ids are at most 128 characters on Kafka; room is left for the suffix. */
const PREFIX_MAX_LENGTH = 100;

/**
 * Correlation ids for a check's source requests: the check's own id, so that logs tie them
 * together, then a per-check random part and a counter, so that no two requests in flight ever
 * share one — not even those of a check delivered twice.
 */
export function sourceCorrelationIds(checkCorrelationId: string): () => string {
  const prefix = `${checkCorrelationId.slice(0, PREFIX_MAX_LENGTH)}.${randomBytes(4).toString('hex')}`;
  let sequence = 0;
  return () => `${prefix}.${++sequence}`;
}

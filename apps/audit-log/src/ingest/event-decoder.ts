import { AuditEvent, FieldError, validateContract } from '@interop/contracts';
import { KafkaMessage } from 'kafkajs';
import { canonicalEvent } from '../ledger/chain-hash';
import { ReceivedEvent } from './ledger-writer';

export type Decoded = { ok: true; received: ReceivedEvent } | { ok: false; reason: string };

function describe(errors: FieldError[]): string {
  return errors.map(({ field, message }) => `${field} - ${message}`).join('; ');
}

/**
 * A message of interop.audit checked against the AuditEvent contract, as every Kafka message
 * is on receipt. What is hashed is the event exactly as received, canonicalised.
 */
export function decodeAuditMessage(message: KafkaMessage): Decoded {
  let plain: unknown;
  try {
    plain = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    return { ok: false, reason: 'the value is not JSON' };
  }
  const checked = validateContract(AuditEvent, plain);
  if (!checked.ok) return { ok: false, reason: `invalid audit event; ${describe(checked.errors)}` };
  return {
    ok: true,
    received: { event: plain as AuditEvent, canonical: canonicalEvent(plain as object) },
  };
}

import {
  DossierCheckReplyMeta,
  DossierCheckResult,
  ErrorReply,
  KafkaHeader,
  OkReply,
} from '@interop/contracts';
import type { IHeaders, Message } from 'kafkajs';
import { IncomingCheck, ReplyAddress } from './check-message';

/** Set on a dead-lettered message, as the adapters do: why it was not handled. */
export const DEAD_LETTER_REASON_HEADER = 'x-dead-letter-reason';

/** The reply envelope of a check: `meta` says whether it repeats an earlier delivery's answer. */
export type DossierCheckReply =
  (Omit<OkReply<DossierCheckResult>, 'meta'> & { meta: DossierCheckReplyMeta }) | ErrorReply;

export interface OutgoingMessage extends Message {
  topic: string;
}

export function checkReplyMessage(to: ReplyAddress, reply: DossierCheckReply): OutgoingMessage {
  return {
    topic: to.topic,
    partition: to.partition,
    headers: {
      [KafkaHeader.CorrelationId]: to.correlationId,
      // Lets a Nest ClientKafka requester complete: no further message follows for this id.
      [KafkaHeader.ReplyComplete]: '1',
    },
    value: JSON.stringify(reply),
  };
}

/** The original message, untouched, with the reason it could not be handled. */
export function deadLetterMessage(
  topic: string,
  original: IncomingCheck,
  reason: string,
): OutgoingMessage {
  const headers: IHeaders = { ...original.headers, [DEAD_LETTER_REASON_HEADER]: reason };
  return { topic, key: original.key ?? null, headers, value: original.value };
}

import { IHeaders } from 'kafkajs';
import { KafkaHeader, Reply } from '@interop/contracts';
import { IncomingRequest, ReplyAddress } from './decode-request';

/** Set on a dead-lettered message: why it was not handled, for whoever inspects the queue. */
export const DEAD_LETTER_REASON_HEADER = 'x-dead-letter-reason';

export interface OutgoingMessage {
  topic: string;
  partition?: number;
  key?: Buffer | string | null;
  headers: IHeaders;
  value: Buffer | string | null;
}

/** What to produce for one request message; then its offset may be committed. */
export interface Disposition {
  reply?: OutgoingMessage;
  deadLetter?: OutgoingMessage;
}

export function replyMessage(to: ReplyAddress, reply: Reply<unknown>): OutgoingMessage {
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
  original: IncomingRequest,
  reason: string,
): OutgoingMessage {
  return {
    topic,
    key: original.key ?? null,
    headers: { ...original.headers, [DEAD_LETTER_REASON_HEADER]: reason },
    value: original.value,
  };
}

import { KafkaHeader } from '@interop/contracts';
import type { IHeaders, Message } from 'kafkajs';
import { IncomingMessage, ReplyAddress } from './intake-message';

/** Set on a dead-lettered message, as the adapters do: why it was not handled. */
export const DEAD_LETTER_REASON_HEADER = 'x-dead-letter-reason';

export interface OutgoingMessage extends Message {
  topic: string;
}

export function replyMessage(to: ReplyAddress, reply: object): OutgoingMessage {
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
  original: IncomingMessage,
  reason: string,
): OutgoingMessage {
  const headers: IHeaders = { ...original.headers, [DEAD_LETTER_REASON_HEADER]: reason };
  return { topic, key: original.key ?? null, headers, value: original.value };
}

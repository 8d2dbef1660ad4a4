import { IHeaders } from 'kafkajs';
import { FieldError, KafkaHeader } from '@interop/contracts';
import { ReplyAddress } from './kafka-headers';

/** Set on a dead-lettered message: why it was not handled, for whoever inspects the queue. */
export const DEAD_LETTER_REASON_HEADER = 'x-dead-letter-reason';

/** The parts of a received Kafka message that are answered or kept. */
export interface IncomingMessage {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  headers?: IHeaders;
}

/** A message to produce, with its topic. */
export interface OutgoingMessage {
  topic: string;
  partition?: number;
  key?: Buffer | string | null;
  headers: IHeaders;
  value: Buffer | string | null;
}

/** A reply (an envelope, or a check's result), to the address a request named, echoing its id. */
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
  return {
    topic,
    key: original.key ?? null,
    headers: { ...original.headers, [DEAD_LETTER_REASON_HEADER]: reason },
    value: original.value,
  };
}

/** A dead letter's reason: what was wrong, then each field and why, never the values. */
export function deadLetterReason(reason: string, errors: readonly FieldError[]): string {
  return [reason, ...errors.map(({ field, message }) => `${field}: ${message}`)].join('; ');
}

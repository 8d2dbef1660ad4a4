import { IHeaders } from 'kafkajs';
import { KafkaHeader } from '@interop/contracts';

/** Where a request's answer goes, as its headers say. */
export interface ReplyAddress {
  correlationId: string;
  topic: string;
  partition?: number;
}

/** Kafka header values arrive as bytes, possibly repeated; a repeated header counts once, first value. */
export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined) decoded[name] = value.toString();
  }
  return decoded;
}

/** The reply address decoded headers name; whether it may be used is the reader's to decide. */
export function replyAddressOf(headers: Readonly<Record<string, string>>): ReplyAddress {
  const partition = headers[KafkaHeader.ReplyPartition];
  return {
    correlationId: headers[KafkaHeader.CorrelationId],
    topic: headers[KafkaHeader.ReplyTopic],
    partition: partition === undefined ? undefined : Number(partition),
  };
}

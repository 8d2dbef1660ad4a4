import { ErrorCode, errorReply, KafkaHeader } from '@interop/contracts';
import {
  DEAD_LETTER_REASON_HEADER,
  deadLetterMessage,
  deadLetterReason,
  replyMessage,
} from './reply-messages';

describe('replyMessage', () => {
  it('goes to the reply address, echoing the correlation id and completing a Nest requester', () => {
    const reply = errorReply(ErrorCode.NotFound, 'no such record');
    expect(replyMessage({ correlationId: 'c-1', topic: 'replies', partition: 2 }, reply)).toEqual({
      topic: 'replies',
      partition: 2,
      headers: { [KafkaHeader.CorrelationId]: 'c-1', [KafkaHeader.ReplyComplete]: '1' },
      value: JSON.stringify(reply),
    });
  });
});

describe('deadLetterMessage', () => {
  it('keeps the original key, headers and value, and adds the reason', () => {
    const original = { key: Buffer.from('k'), value: Buffer.from('v'), headers: { a: 'b' } };
    expect(deadLetterMessage('dlq', original, 'invalid headers')).toEqual({
      topic: 'dlq',
      key: original.key,
      headers: { a: 'b', [DEAD_LETTER_REASON_HEADER]: 'invalid headers' },
      value: original.value,
    });
  });

  it('takes a message without a key as keyless', () => {
    expect(deadLetterMessage('dlq', { value: null }, 'x')).toMatchObject({ key: null });
  });
});

describe('deadLetterReason', () => {
  it('names the reason, then every field and what is wrong with it', () => {
    const errors = [
      { field: 'payload.personalId', message: 'must be 12 digits' },
      { field: 'headers.x-deadline', message: 'must be a number' },
    ];
    expect(deadLetterReason('invalid payload', errors)).toBe(
      'invalid payload; payload.personalId: must be 12 digits; headers.x-deadline: must be a number',
    );
  });
});

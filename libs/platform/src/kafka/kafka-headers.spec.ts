import { KafkaHeader } from '@interop/contracts';
import { decodeHeaders, replyAddressOf } from './kafka-headers';

describe('decodeHeaders', () => {
  it('turns bytes into strings, takes the first of a repeated header and skips empty ones', () => {
    expect(
      decodeHeaders({
        a: Buffer.from('één'),
        b: 'text',
        c: [Buffer.from('first'), Buffer.from('second')],
        d: undefined,
      }),
    ).toEqual({ a: 'één', b: 'text', c: 'first' });
  });

  it('reads a message without headers as none', () => {
    expect(decodeHeaders(undefined)).toEqual({});
  });
});

describe('replyAddressOf', () => {
  it('reads the correlation id, the reply topic and its partition as a number', () => {
    expect(
      replyAddressOf({
        [KafkaHeader.CorrelationId]: 'c-1',
        [KafkaHeader.ReplyTopic]: 'interop.gateway.population.replies',
        [KafkaHeader.ReplyPartition]: '3',
      }),
    ).toEqual({ correlationId: 'c-1', topic: 'interop.gateway.population.replies', partition: 3 });
  });

  it('leaves the partition out where the headers name none', () => {
    expect(replyAddressOf({ [KafkaHeader.CorrelationId]: 'c-1' })).toEqual({
      correlationId: 'c-1',
      topic: undefined,
      partition: undefined,
    });
  });
});

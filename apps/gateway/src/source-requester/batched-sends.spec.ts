import type { Producer, ProducerRecord } from '@nestjs/microservices/external/kafka.interface';
import { withBatchedSends } from './batched-sends';

function recordingProducer() {
  const requests: ProducerRecord[] = [];
  let release = () => undefined as void;
  const producer = {
    send: (record: ProducerRecord) => {
      requests.push(record);
      return new Promise<[]>((resolve) => (release = () => resolve([])));
    },
    disconnect: jest.fn(async () => undefined),
  };
  return { producer: producer as unknown as Producer, requests, release: () => release() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('withBatchedSends', () => {
  it('sends requests produced during a produce request together in the next one', async () => {
    const { producer, requests, release } = recordingProducer();
    const batched = withBatchedSends(producer);
    const first = batched.send({ topic: 'requests', messages: [{ value: 'a' }] });
    const later = [
      batched.send({ topic: 'requests', messages: [{ value: 'b' }] }),
      batched.send({ topic: 'requests', messages: [{ value: 'c' }] }),
    ];
    release();
    await first;
    await tick();
    expect(requests.map(({ messages }) => messages.map(({ value }) => value))).toEqual([
      ['a'],
      ['b', 'c'],
    ]);
    release();
    await Promise.all(later);
  });

  it('is still the producer for everything else, and is wrapped once', async () => {
    const { producer } = recordingProducer();
    const batched = withBatchedSends(producer);
    await batched.disconnect();
    expect(producer.disconnect).toHaveBeenCalled();
    expect(withBatchedSends(producer)).toBe(batched);
    expect(withBatchedSends(batched)).toBe(batched);
  });
});

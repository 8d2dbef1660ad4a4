import { Message } from 'kafkajs';
import { BatchingProducer } from './batching-producer';

/** A producer whose sends finish only when the test says so. */
function heldProducer() {
  const sends: Array<{ topic: string; values: unknown[]; finish: (error?: Error) => void }> = [];
  const producer = {
    send: ({ topic, messages }: { topic: string; messages: Message[] }) =>
      new Promise<void>((resolve, reject) =>
        sends.push({
          topic,
          values: messages.map(({ value }) => value),
          finish: (error) => (error ? reject(error) : resolve()),
        }),
      ),
  };
  return { producer, sends };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('BatchingProducer', () => {
  it('sends a lone message at once', async () => {
    const { producer, sends } = heldProducer();
    const sent = new BatchingProducer(producer).send('replies', { value: 'a' });
    expect(sends.map(({ values }) => values)).toEqual([['a']]);
    sends[0].finish();
    await expect(sent).resolves.toBeUndefined();
  });

  it('carries the messages queued during a send in the next request to that topic', async () => {
    const { producer, sends } = heldProducer();
    const batching = new BatchingProducer(producer);
    const first = batching.send('replies', { value: 'a' });
    const rest = ['b', 'c', 'd'].map((value) => batching.send('replies', { value }));
    expect(sends).toHaveLength(1);
    sends[0].finish();
    await first;
    await tick();
    expect(sends.map(({ values }) => values)).toEqual([['a'], ['b', 'c', 'd']]);
    sends[1].finish();
    await Promise.all(rest);
  });

  it('keeps topics apart: a failing topic fails its own messages only', async () => {
    const { producer, sends } = heldProducer();
    const batching = new BatchingProducer(producer);
    const lost = batching.send('no-such-topic', { value: 'x' });
    const fine = batching.send('replies', { value: 'y' });
    expect(sends.map(({ topic }) => topic)).toEqual(['no-such-topic', 'replies']);
    sends[0].finish(new Error('This server does not host this topic-partition'));
    sends[1].finish();
    await expect(lost).rejects.toThrow('does not host');
    await expect(fine).resolves.toBeUndefined();
  });
});

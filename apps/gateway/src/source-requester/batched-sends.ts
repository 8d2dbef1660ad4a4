import { BatchingProducer } from '@interop/platform';
import type { Producer, ProducerRecord } from '@nestjs/microservices/external/kafka.interface';

const wrappers = new WeakMap<Producer, Producer>();
const isWrapper = new WeakSet<Producer>();

/**
 * The producer, except that `send` queues behind the topic's produce request under way, so that
 * under load many requests share one produce request (see BatchingProducer). The same producer
 * always gets the same wrapper, and a wrapper is its own.
 */
export function withBatchedSends(producer: Producer): Producer {
  if (isWrapper.has(producer)) return producer;
  let wrapper = wrappers.get(producer);
  if (!wrapper) {
    wrapper = batchedSends(producer);
    wrappers.set(producer, wrapper);
    isWrapper.add(wrapper);
  }
  return wrapper;
}

function batchedSends(producer: Producer): Producer {
  const queue = new BatchingProducer(producer);
  const send = async ({ topic, messages }: ProducerRecord) => {
    await Promise.all(messages.map((message) => queue.send(topic, message)));
    return [];
  };
  return Object.assign(Object.create(producer), { send });
}

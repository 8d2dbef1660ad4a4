import type { Admin } from 'kafkajs';
import { Registry } from 'prom-client';
import { partitionLags, registerConsumerLag } from './consumer-lag';

describe('partitionLags', () => {
  it('is, per partition, the end offset minus the committed one', () => {
    const ends = [
      { partition: 0, high: '120', low: '0' },
      { partition: 1, high: '7', low: '0' },
    ];
    const commits = [
      { partition: 0, offset: '100' },
      { partition: 1, offset: '7' },
    ];
    expect(partitionLags(ends, commits)).toEqual(
      new Map([
        [0, 20],
        [1, 0],
      ]),
    );
  });

  it('counts from the first retained offset where the group never committed', () => {
    expect(
      partitionLags([{ partition: 0, high: '50', low: '10' }], [{ partition: 0, offset: '-1' }]),
    ).toEqual(new Map([[0, 40]]));
    expect(partitionLags([{ partition: 3, high: '5', low: '0' }], [])).toEqual(new Map([[3, 5]]));
  });
});

describe('registerConsumerLag', () => {
  const admin = {
    fetchOffsets: async () => [
      { topic: 'interop.population.requests', partitions: [{ partition: 0, offset: '3' }] },
    ],
    fetchTopicOffsets: async () => [{ partition: 0, high: '10', low: '0', offset: '10' }],
  } as unknown as Admin;

  it('reads the lag from the broker at each scrape, labelled by group, topic and partition', async () => {
    const registry = new Registry();
    registerConsumerLag(
      registry,
      async () => admin,
      () => [{ group: 'g' }],
      () => undefined,
    );

    expect(await registry.metrics()).toContain(
      'interop_kafka_consumer_lag_messages{group="g",topic="interop.population.requests",partition="0"} 7',
    );
  });

  it('shows no lag, and reports why, when the broker cannot be asked', async () => {
    const registry = new Registry();
    const errors: unknown[] = [];
    const unreachable = async (): Promise<Admin> => {
      throw new Error('no broker');
    };
    registerConsumerLag(
      registry,
      unreachable,
      () => [{ group: 'g' }],
      (error) => errors.push(error),
    );

    expect(await registry.metrics()).not.toContain('interop_kafka_consumer_lag_messages{');
    expect(errors).toEqual([new Error('no broker')]);
  });
});

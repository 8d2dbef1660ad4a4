import type {
  Cluster,
  Logger,
  PartitionMetadata,
} from '@nestjs/microservices/external/kafka.interface';
import { AssignerProtocol } from 'kafkajs';
import {
  assignByAge,
  oldestReplicasFirst,
  REPLY_PARTITION_ASSIGNER,
} from './reply-partition-assigner';

const FOUR = { 'population.replies': [3, 1, 0, 2], 'civil-status.replies': [0, 1, 2, 3] };

describe('assignByAge', () => {
  it('gives every replica a partition of every topic, the oldest the lowest', () => {
    const assignments = assignByAge(
      [
        { memberId: 'b', startedAt: 300 },
        { memberId: 'a', startedAt: 100 },
        { memberId: 'c', startedAt: 200 },
      ],
      FOUR,
    );
    expect(Object.fromEntries(assignments)).toEqual({
      a: { 'population.replies': [0, 3], 'civil-status.replies': [0, 3] },
      c: { 'population.replies': [1], 'civil-status.replies': [1] },
      b: { 'population.replies': [2], 'civil-status.replies': [2] },
    });
  });

  it('leaves the newest replicas, and only them, without partitions beyond the count', () => {
    const members = [1, 2, 3, 4, 5, 6].map((n) => ({ memberId: `m${7 - n}`, startedAt: n }));
    const assignments = assignByAge(members, FOUR);
    expect(assignments.get('m2')).toEqual({});
    expect(assignments.get('m1')).toEqual({});
    for (const memberId of ['m6', 'm5', 'm4', 'm3']) {
      expect(Object.keys(assignments.get(memberId)!)).toEqual(Object.keys(FOUR));
    }
  });

  it('keeps the partitions of the running replicas when a newer one joins', () => {
    const running = [
      { memberId: 'z', startedAt: 1 },
      { memberId: 'y', startedAt: 2 },
    ];
    const before = assignByAge(running, FOUR);
    const after = assignByAge([...running, { memberId: 'a', startedAt: 3 }], FOUR);
    expect(after.get('z')!['population.replies'][0]).toBe(
      before.get('z')!['population.replies'][0],
    );
    expect(after.get('y')!['population.replies'][0]).toBe(
      before.get('y')!['population.replies'][0],
    );
  });

  it('ranks replicas that started at the same instant by member id', () => {
    const assignments = assignByAge(
      [
        { memberId: 'b', startedAt: 5 },
        { memberId: 'a', startedAt: 5 },
      ],
      { t: [0, 1] },
    );
    expect(assignments.get('a')).toEqual({ t: [0] });
    expect(assignments.get('b')).toEqual({ t: [1] });
  });
});

describe('oldestReplicasFirst', () => {
  const cluster = {
    findTopicPartitionMetadata: (topic: string) =>
      (FOUR[topic as keyof typeof FOUR] ?? []).map((partitionId) => ({ partitionId })),
  } as unknown as Cluster;
  const assignerOf = (startedAt: number) =>
    oldestReplicasFirst(startedAt)({ cluster, groupId: 'g', logger: {} as Logger });

  it('carries the start time in the subscription and ranks by it', async () => {
    const topics = Object.keys(FOUR);
    const older = assignerOf(1000).protocol({ topics });
    const newer = assignerOf(2000).protocol({ topics });
    expect(older.name).toBe(REPLY_PARTITION_ASSIGNER);

    const result = await assignerOf(0).assign({
      topics,
      members: [
        { memberId: 'a-newer', memberMetadata: newer.metadata },
        { memberId: 'b-older', memberMetadata: older.metadata },
      ],
    });
    const decoded = Object.fromEntries(
      result.map(({ memberId, memberAssignment }) => [
        memberId,
        AssignerProtocol.MemberAssignment.decode(memberAssignment)!.assignment,
      ]),
    );
    expect(decoded['b-older']['population.replies']).toEqual([0, 2]);
    expect(decoded['a-newer']['population.replies']).toEqual([1, 3]);
  });

  it('ranks last a member whose subscription carries no start time', async () => {
    const bare = AssignerProtocol.MemberMetadata.encode({
      version: 0,
      topics: ['t'],
      userData: Buffer.alloc(0),
    });
    const dated = assignerOf(5).protocol({ topics: ['t'] }).metadata;
    const oneTopic = {
      findTopicPartitionMetadata: () => [{ partitionId: 0 }] as PartitionMetadata[],
    } as unknown as Cluster;
    const result = await oldestReplicasFirst(0)({
      cluster: oneTopic,
      groupId: 'g',
      logger: {} as Logger,
    }).assign({
      topics: ['t'],
      members: [
        { memberId: 'a-bare', memberMetadata: bare },
        { memberId: 'b-dated', memberMetadata: dated },
      ],
    });
    const owner = result.find(
      ({ memberAssignment }) =>
        AssignerProtocol.MemberAssignment.decode(memberAssignment)!.assignment.t?.length,
    );
    expect(owner?.memberId).toBe('b-dated');
  });
});

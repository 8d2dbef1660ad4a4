import { requestTopic } from '@interop/contracts';
import { AssignerProtocol, ConsumerGroupState, GroupDescription } from 'kafkajs';
import { consumersOf, isAdapterGroup } from './consumer-groups';

const { MemberAssignment, MemberMetadata } = AssignerProtocol;

function member(id: string, assigned: Record<string, number[]>) {
  return {
    memberId: id,
    clientId: id,
    clientHost: '/127.0.0.1',
    memberAssignment: MemberAssignment.encode({
      version: 1,
      assignment: assigned,
      userData: Buffer.alloc(0),
    }),
    memberMetadata: MemberMetadata.encode({
      version: 1,
      topics: Object.keys(assigned),
      userData: Buffer.alloc(0),
    }),
  };
}

function group(
  groupId: string,
  state: ConsumerGroupState,
  members: ReturnType<typeof member>[],
): GroupDescription {
  return { groupId, state, members, protocol: 'RoundRobinAssigner', protocolType: 'consumer' };
}

const POPULATION = requestTopic('population');

describe('consumersOf', () => {
  it('counts the members assigned a partition of each request topic', () => {
    const views = consumersOf([
      group('interop.population-adapter', 'Stable', [
        member('a', { [POPULATION]: [0, 1, 2] }),
        member('b', { [POPULATION]: [3, 4, 5] }),
        member('c', { [POPULATION]: [] }),
      ]),
    ]);
    expect(views.get('population')).toEqual({
      replicas: 2,
      lag: null,
      groups: ['interop.population-adapter'],
    });
    expect(views.get('civil-status')).toEqual({ replicas: 0, lag: null, groups: [] });
  });

  it('counts subscribers while a group rebalances, and nobody in an empty group', () => {
    const rebalancing = group('interop.population-adapter.x', 'PreparingRebalance', [
      { ...member('a', { [POPULATION]: [0] }), memberAssignment: Buffer.alloc(0) },
    ]);
    const empty = group('interop.population-adapter.old', 'Empty', []);
    expect(consumersOf([rebalancing, empty]).get('population')?.replicas).toBe(1);
  });

  it('survives a member whose metadata is not the consumer protocol', () => {
    const odd = group('interop.population-adapter', 'Stable', [
      { ...member('a', {}), memberAssignment: Buffer.from([1, 2, 3]) },
    ]);
    expect(consumersOf([odd]).get('population')?.replicas).toBe(0);
  });
});

describe('isAdapterGroup', () => {
  it("knows the adapters' groups by their prefix", () => {
    expect(isAdapterGroup('interop.civil-status-adapter.e2e-1')).toBe(true);
    expect(isAdapterGroup('interop-gateway')).toBe(false);
    expect(isAdapterGroup('e2e-population-requests-1')).toBe(false);
  });
});

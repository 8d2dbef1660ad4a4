import { adapterGroupId, requestTopic, SOURCES, SourceName } from '@interop/contracts';
import { AssignerProtocol, GroupDescription, MemberDescription } from 'kafkajs';

/** Who consumes a source's request topic: the adapter replicas, and how far behind they are. */
export interface ConsumerView {
  replicas: number;
  /** Requests on the topic not yet consumed, by the group furthest behind; null if unread. */
  lag: number | null;
  /** The adapter groups with a member consuming the topic. */
  groups: string[];
}

/** Whether a group id is an adapter's: the prefix the broker lets the gateway describe. */
export function isAdapterGroup(groupId: string): boolean {
  return SOURCES.some((source) => groupId.startsWith(adapterGroupId(source)));
}

function decoded<T>(decode: () => T | null): T | undefined {
  try {
    return decode() ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The topics a member consumes: those it was assigned partitions of once the group is stable;
 * while it rebalances, those it subscribes to, so that a rebalance is no moment without replicas.
 */
function topicsOf(member: MemberDescription, stable: boolean): string[] {
  if (stable) {
    const assignment = decoded(() =>
      AssignerProtocol.MemberAssignment.decode(member.memberAssignment),
    );
    return Object.entries(assignment?.assignment ?? {})
      .filter(([, partitions]) => partitions.length > 0)
      .map(([topic]) => topic);
  }
  return decoded(() => AssignerProtocol.MemberMetadata.decode(member.memberMetadata))?.topics ?? [];
}

/** The replicas consuming each source's request topic, from its adapters' groups. */
export function consumersOf(groups: readonly GroupDescription[]): Map<SourceName, ConsumerView> {
  const views = new Map<SourceName, ConsumerView>(
    SOURCES.map((source) => [source, { replicas: 0, lag: null, groups: [] }]),
  );
  for (const group of groups) {
    if (group.state === 'Empty' || group.state === 'Dead') continue;
    for (const member of group.members) {
      const topics = topicsOf(member, group.state === 'Stable');
      for (const source of SOURCES) {
        if (!topics.includes(requestTopic(source))) continue;
        const view = views.get(source)!;
        view.replicas += 1;
        if (!view.groups.includes(group.groupId)) view.groups.push(group.groupId);
      }
    }
  }
  return views;
}

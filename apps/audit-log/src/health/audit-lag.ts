import { AUDIT_TOPIC } from '@interop/contracts';
import { Admin } from 'kafkajs';

interface PartitionEnd {
  partition: number;
  high: string;
  low: string;
}

interface PartitionCommit {
  partition: number;
  offset: string;
}

/**
 * Events produced and not yet stored: per partition, the end offset minus the group's committed
 * offset (the start of what is retained, if the group never committed).
 */
export function lagOf(ends: PartitionEnd[], commits: PartitionCommit[]): number {
  const committed = new Map(commits.map(({ partition, offset }) => [partition, Number(offset)]));
  return ends.reduce((lag, { partition, high, low }) => {
    const at = committed.get(partition) ?? -1;
    return lag + Number(high) - (at < 0 ? Number(low) : at);
  }, 0);
}

export async function auditLag(admin: Admin, groupId: string): Promise<number> {
  const [ends, [commits]] = await Promise.all([
    admin.fetchTopicOffsets(AUDIT_TOPIC),
    admin.fetchOffsets({ groupId, topics: [AUDIT_TOPIC] }),
  ]);
  return lagOf(ends, commits?.partitions ?? []);
}

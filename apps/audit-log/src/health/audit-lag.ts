import { AUDIT_TOPIC } from '@interop/contracts';
import { Admin } from 'kafkajs';
import { PartitionCommit, PartitionEnd, partitionLags } from '@interop/platform';

/**
 * Events produced and not yet stored: over the partitions, the end offset minus the group's
 * committed offset (the start of what is retained, if the group never committed).
 */
export function lagOf(ends: PartitionEnd[], commits: PartitionCommit[]): number {
  return [...partitionLags(ends, commits).values()].reduce((sum, lag) => sum + lag, 0);
}

export async function auditLag(admin: Admin, groupId: string): Promise<number> {
  const [ends, [commits]] = await Promise.all([
    admin.fetchTopicOffsets(AUDIT_TOPIC),
    admin.fetchOffsets({ groupId, topics: [AUDIT_TOPIC] }),
  ]);
  return lagOf(ends, commits?.partitions ?? []);
}

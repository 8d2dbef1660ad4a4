import type { PartitionAssigner } from '@nestjs/microservices/external/kafka.interface';
import { AssignerProtocol } from 'kafkajs';

const { MemberMetadata, MemberAssignment } = AssignerProtocol;

export const REPLY_PARTITION_ASSIGNER = 'InteropOldestReplicasFirst';
const VERSION = 1;

export interface RankedMember {
  memberId: string;
  /** When the replica started, epoch ms; members that did not say rank last. */
  startedAt: number;
}

export type Assignment = Record<string, number[]>;

/**
 * Reply partitions for each member: replicas ranked oldest first (then by member id), the replica
 * of rank i getting partitions i, i + n, i + 2n… of every topic. Up to as many replicas as
 * partitions, each gets a partition of every reply topic, and keeps it when a newer one joins;
 * beyond that, the newest get none.
 */
export function assignByAge(
  members: RankedMember[],
  partitions: Assignment,
): Map<string, Assignment> {
  const ranked = [...members]
    .sort((a, b) => a.startedAt - b.startedAt || a.memberId.localeCompare(b.memberId))
    .map(({ memberId }) => memberId);
  const assignments = new Map<string, Assignment>(ranked.map((memberId) => [memberId, {}]));
  for (const [topic, ids] of Object.entries(partitions)) {
    [...ids]
      .sort((a, b) => a - b)
      .forEach((partition, index) => {
        const owner = assignments.get(ranked[index % ranked.length])!;
        (owner[topic] ??= []).push(partition);
      });
  }
  return assignments;
}

function startedAtOf(metadata: Buffer): number {
  const userData = MemberMetadata.decode(metadata)?.userData;
  const startedAt = Number(userData?.toString());
  return userData?.length && Number.isFinite(startedAt) ? startedAt : Number.POSITIVE_INFINITY;
}

/**
 * The gateway replicas' assigner for their reply topics (see assignByAge). kafkajs's round robin
 * deals all topics' partitions out together, so that a replica beyond the partition count may
 * leave an older replica, not itself, without a partition of some topic; here the replica that
 * cannot get one is always the one starting, which then stops and says why.
 */
export function oldestReplicasFirst(startedAt: number): PartitionAssigner {
  return ({ cluster }) => ({
    name: REPLY_PARTITION_ASSIGNER,
    version: VERSION,
    protocol: ({ topics }) => ({
      name: REPLY_PARTITION_ASSIGNER,
      metadata: MemberMetadata.encode({
        version: VERSION,
        topics,
        userData: Buffer.from(String(startedAt)),
      }),
    }),
    async assign({ members, topics }) {
      const partitions = Object.fromEntries(
        topics.map((topic) => [
          topic,
          cluster.findTopicPartitionMetadata(topic).map(({ partitionId }) => partitionId),
        ]),
      );
      const ranked = members.map(({ memberId, memberMetadata }) => ({
        memberId,
        startedAt: startedAtOf(memberMetadata),
      }));
      return [...assignByAge(ranked, partitions)].map(([memberId, assignment]) => ({
        memberId,
        memberAssignment: MemberAssignment.encode({
          version: VERSION,
          assignment,
          userData: Buffer.alloc(0),
        }),
      }));
    },
  });
}

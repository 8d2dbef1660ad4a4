import { KafkaNames } from '@interop/adapter-kit';
import { AclGrant, adapterGrants, SourceName, unplannedGrants } from '@interop/contracts';
import {
  createAcls,
  deleteAcls,
  KafkaConfig,
  kafkaConnection,
  loadConfig,
  principalKafkaEnv,
} from '@interop/platform';
import { Kafka, logLevel } from 'kafkajs';

/**
 * A client of the test harness itself (requesters, recorders, stand-in adapters, topic admin):
 * the connection the global setup configured, the admin's on the secured broker. Apps under
 * test connect as their own principal instead, with principalKafkaEnv().
 */
export function harnessKafka(clientId: string, level = logLevel.NOTHING): Kafka {
  return new Kafka({ clientId, ...kafkaConnection(loadConfig(KafkaConfig)), logLevel: level });
}

/**
 * A client connected as `principal`: a Kafka caller the test plays (the dossier core), or a
 * probe of what the broker lets that principal do.
 */
export function principalKafka(principal: string, clientId: string): Kafka {
  const config = loadConfig(KafkaConfig, principalKafkaEnv(principal));
  return new Kafka({ clientId, ...kafkaConnection(config), logLevel: logLevel.NOTHING });
}

/**
 * Adds ACLs for topics or groups of one test run, as the access plan grants on the real ones;
 * answers the function that removes them again. Those the plan holds are left alone.
 */
export async function grantForRun(kafka: Kafka, wanted: AclGrant[]): Promise<() => Promise<void>> {
  const grants = unplannedGrants(wanted);
  const admin = kafka.admin();
  await admin.connect();
  try {
    await createAcls(admin, grants);
  } finally {
    await admin.disconnect();
  }
  return async () => {
    const revoking = kafka.admin();
    await revoking.connect();
    try {
      await deleteAcls(revoking, grants);
    } finally {
      await revoking.disconnect();
    }
  };
}

/** What an adapter's principal is granted on its real topics, on the topics of a test run. */
export function adapterRunGrants(
  source: SourceName,
  names: KafkaNames,
  replyTopic: string,
): AclGrant[] {
  return adapterGrants(source, {
    requestTopic: names.requestTopic,
    deadLetterTopic: names.deadLetterTopic,
    groupIdPrefix: names.groupId,
    replyTopicPrefixes: [replyTopic],
  });
}

/**
 * Commits, for a group that has never consumed, the current end of `topic`: the group then sees
 * only what is produced from now on, whatever earlier tests left on the topic.
 */
export async function startGroupAtEnd(kafka: Kafka, groupId: string, topic: string) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({
      groupId,
      topic,
      partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
    });
  } finally {
    await admin.disconnect();
  }
}

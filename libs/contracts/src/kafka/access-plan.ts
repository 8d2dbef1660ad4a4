import {
  adapterGroupId,
  AUDIT_LOG_GROUP_ID,
  callerGroupIdPrefix,
  GATEWAY_GROUP_ID,
} from './consumer-groups';
import { KAFKA_CALLERS } from './kafka-callers';
import { adapterPrincipal, AUDIT_LOG_PRINCIPAL, GATEWAY_PRINCIPAL } from './principals';
import { SOURCES, SourceName } from './sources';
import {
  AUDIT_DEAD_LETTER_TOPIC,
  AUDIT_TOPIC,
  CALLER_REPLY_TOPIC_PREFIX,
  callerIntakeTopicPrefix,
  callerReplyTopicPrefix,
  deadLetterTopic,
  GATEWAY_REPLY_TOPIC_PREFIX,
  gatewayReplyTopic,
  INTAKE_DEAD_LETTER_TOPIC,
  INTAKE_TOPIC_PREFIX,
  requestTopic,
} from './topics';

/**
 * What a grant allows. READ and WRITE imply DESCRIBE, which is all the metadata and offset
 * lookups of a client need; DESCRIBE alone lets a principal look at a group without joining it.
 * No producer is idempotent or transactional, and since Kafka 3.0 WRITE on a topic implies
 * IDEMPOTENT_WRITE anyway: no cluster-wide grant is needed.
 */
export type AclOperation = 'READ' | 'WRITE' | 'DESCRIBE';

export interface AclResource {
  type: 'topic' | 'group';
  /** The whole name, or with `prefixed` the start of every name the grant covers. */
  name: string;
  pattern: 'literal' | 'prefixed';
}

/** One ALLOW ACL. The broker denies whatever no grant allows. */
export interface AclGrant {
  principal: string;
  operation: AclOperation;
  resource: AclResource;
}

/** The Kafka resources one adapter instance works with. */
export interface AdapterResources {
  requestTopic: string;
  deadLetterTopic: string;
  /** Every consumer group id of the adapter starts with this. */
  groupIdPrefix: string;
  /** Reply topics it may produce to: the same prefixes as its REPLY_TOPIC_PREFIXES. */
  replyTopicPrefixes: string[];
}

const topic = (name: string): AclResource => ({ type: 'topic', name, pattern: 'literal' });
const topicsStartingWith = (name: string): AclResource => ({
  type: 'topic',
  name,
  pattern: 'prefixed',
});
const groupsStartingWith = (name: string): AclResource => ({
  type: 'group',
  name,
  pattern: 'prefixed',
});

function allow(principal: string, operation: AclOperation, resources: AclResource[]): AclGrant[] {
  return resources.map((resource) => ({ principal, operation, resource }));
}

/**
 * The only writer of the adapters' request topics and the only reader of their replies; it reads
 * the Kafka callers' intake and answers them on their reply topics. It may describe, never join,
 * the adapters' groups: its health model counts the replicas consuming each request topic, and
 * their lag.
 */
function gatewayGrants(): AclGrant[] {
  return [
    ...allow(GATEWAY_PRINCIPAL, 'WRITE', [
      ...SOURCES.map((source) => topic(requestTopic(source))),
      topicsStartingWith(CALLER_REPLY_TOPIC_PREFIX),
      topic(AUDIT_TOPIC),
      topic(INTAKE_DEAD_LETTER_TOPIC),
    ]),
    ...allow(GATEWAY_PRINCIPAL, 'READ', [
      ...SOURCES.map((source) => topic(gatewayReplyTopic(source))),
      topicsStartingWith(INTAKE_TOPIC_PREFIX),
      groupsStartingWith(GATEWAY_GROUP_ID),
    ]),
    ...allow(
      GATEWAY_PRINCIPAL,
      'DESCRIBE',
      SOURCES.map((source) => groupsStartingWith(adapterGroupId(source))),
    ),
  ];
}

function adapterResourcesOf(source: SourceName): AdapterResources {
  return {
    requestTopic: requestTopic(source),
    deadLetterTopic: deadLetterTopic(source),
    groupIdPrefix: adapterGroupId(source),
    replyTopicPrefixes: [GATEWAY_REPLY_TOPIC_PREFIX],
  };
}

/**
 * An adapter reads its own request topic only, and writes only replies, its own dead letters and
 * audit events. Tests pass resources of their own run to grant the same on isolated topics.
 */
export function adapterGrants(
  source: SourceName,
  resources: AdapterResources = adapterResourcesOf(source),
): AclGrant[] {
  const principal = adapterPrincipal(source);
  return [
    ...allow(principal, 'READ', [
      topic(resources.requestTopic),
      groupsStartingWith(resources.groupIdPrefix),
    ]),
    ...allow(principal, 'WRITE', [
      ...resources.replyTopicPrefixes.map(topicsStartingWith),
      topic(resources.deadLetterTopic),
      topic(AUDIT_TOPIC),
    ]),
  ];
}

/** The audit log reads the events, and keeps those it cannot read, with the reason. */
function auditLogGrants(): AclGrant[] {
  return [
    ...allow(AUDIT_LOG_PRINCIPAL, 'READ', [
      topic(AUDIT_TOPIC),
      groupsStartingWith(AUDIT_LOG_GROUP_ID),
    ]),
    ...allow(AUDIT_LOG_PRINCIPAL, 'WRITE', [topic(AUDIT_DEAD_LETTER_TOPIC)]),
  ];
}

/** A Kafka caller writes only its own intake and reads only its own replies. */
function callerGrants(caller: string): AclGrant[] {
  return [
    ...allow(caller, 'WRITE', [topicsStartingWith(callerIntakeTopicPrefix(caller))]),
    ...allow(caller, 'READ', [
      topicsStartingWith(callerReplyTopicPrefix(caller)),
      groupsStartingWith(callerGroupIdPrefix(caller)),
    ]),
  ];
}

/**
 * Every ACL of the project, derived from the sources and callers declared in this library, so a
 * new source gets its adapter's grants without an edit here. The admin principal has none: it
 * is a super user of the cluster, as topic and ACL administration needs.
 */
export function accessPlan(): AclGrant[] {
  return [
    ...gatewayGrants(),
    ...SOURCES.flatMap((source) => adapterGrants(source)),
    ...auditLogGrants(),
    ...KAFKA_CALLERS.flatMap(callerGrants),
  ];
}

const grantKey = ({ principal, operation, resource }: AclGrant): string =>
  [principal, operation, resource.type, resource.pattern, resource.name].join(' ');

/**
 * Those of `grants` the access plan does not hold. A test run adds, and afterwards removes, only
 * these: removing one the plan holds would take it from the app itself.
 */
export function unplannedGrants(grants: AclGrant[]): AclGrant[] {
  const planned = new Set(accessPlan().map(grantKey));
  return grants.filter((grant) => !planned.has(grantKey(grant)));
}

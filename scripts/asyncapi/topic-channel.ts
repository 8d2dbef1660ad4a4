import { AclGrant, TopicSpec } from '@interop/contracts';
import { Json } from './document-parts';
import { topicAcl } from './topic-acl';

/** What a channel's wiring is read off: the access plan, the topic plan and the Kafka callers. */
export interface TopicFacts {
  grants: readonly AclGrant[];
  topics: readonly TopicSpec[];
  callers: readonly string[];
}

const KAFKA_BINDING_VERSION = '0.5.0';

interface Sample {
  topic: string;
  caller?: string;
}

/** Concrete topics of an address: one per Kafka caller where it has a `{caller}` parameter. */
function samples(address: string, callers: readonly string[]): Sample[] {
  if (!address.includes('{caller}')) return [{ topic: address }];
  if (callers.length === 0) throw new Error(`no Kafka caller to read ${address}'s ACLs off`);
  return callers.map((caller) => ({
    topic: address.replace('{caller}', caller).replace(/\{(\w+)\}/g, '$1'),
    caller,
  }));
}

/** The one value every sample gives, or undefined when they differ or one gives none. */
function agreed<T>(values: (T | undefined)[]): T | undefined {
  return values.every((value) => value !== undefined && value === values[0])
    ? values[0]
    : undefined;
}

/**
 * A channel's address, who may write and read it (`x-acl`), and its planned partition count
 * (a Kafka binding) where the plan names its topic.
 */
export function topicChannel(address: string, facts: TopicFacts): Json {
  const topics = samples(address, facts.callers);
  const acls = topics.map(({ topic, caller }) =>
    topicAcl(topic, facts.grants, (principal) => (principal === caller ? '{caller}' : principal)),
  );
  const acl = agreed(acls);
  if (acl === undefined) throw new Error(`the callers' ACLs on ${address} differ: ${acls}`);
  const partitions = agreed(
    topics.map(({ topic }) => facts.topics.find((spec) => spec.topic === topic)?.numPartitions),
  );
  return {
    address,
    'x-acl': acl,
    ...(partitions && {
      bindings: { kafka: { partitions, bindingVersion: KAFKA_BINDING_VERSION } },
    }),
  };
}

/** A message's Kafka binding: the schema of its key. */
export function keyBinding(key: Json): Json {
  return { kafka: { key, bindingVersion: KAFKA_BINDING_VERSION } };
}

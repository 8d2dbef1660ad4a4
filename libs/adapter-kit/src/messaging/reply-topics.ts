/**
 * Why a reply may not go to `topic`, or undefined when it may. An adapter answers only on reply
 * topics under its REPLY_TOPIC_PREFIXES: whoever can put a request on its topic must not be able
 * to direct a citizen's record to a topic of their choosing. The broker's ACLs back this up.
 */
export function replyTopicRefusal(topic: string, prefixes: readonly string[]): string | undefined {
  if (prefixes.some((prefix) => topic.startsWith(prefix))) return undefined;
  return `reply topic "${topic}" is not allowed: replies go only to topics starting with ${prefixes.join(', ')}`;
}

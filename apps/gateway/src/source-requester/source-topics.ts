import { gatewayReplyTopic, requestTopic, SOURCES, SourceName } from '@interop/contracts';

function sourceWhere(matches: (source: SourceName) => boolean, topic: string): SourceName {
  const source = SOURCES.find(matches);
  if (!source) throw new Error(`Topic ${topic} belongs to no known source`);
  return source;
}

export function sourceOfRequestTopic(topic: string): SourceName {
  return sourceWhere((source) => requestTopic(source) === topic, topic);
}

export function sourceOfReplyTopic(topic: string): SourceName {
  return sourceWhere((source) => gatewayReplyTopic(source) === topic, topic);
}

export function gatewayReplyTopicOf(requestTopicName: string): string {
  return gatewayReplyTopic(sourceOfRequestTopic(requestTopicName));
}

import { replyTopicRefusal } from './reply-topics';

describe('replyTopicRefusal', () => {
  const prefixes = ['interop.gateway.', 'conformance.run-1.'];

  it.each(['interop.gateway.population.replies', 'conformance.run-1.replies'])(
    'allows %s, under a configured prefix',
    (topic) => {
      expect(replyTopicRefusal(topic, prefixes)).toBeUndefined();
    },
  );

  it.each(['interop.audit', 'interop.replies.dossier-core.checks', 'interop.gateway', 'x'])(
    'refuses %s, naming the topic and the allowed prefixes',
    (topic) => {
      expect(replyTopicRefusal(topic, prefixes)).toBe(
        `reply topic "${topic}" is not allowed: replies go only to topics starting with interop.gateway., conformance.run-1.`,
      );
    },
  );
});

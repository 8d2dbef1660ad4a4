import {
  AUDIT_DEAD_LETTER_TOPIC,
  AUDIT_TOPIC,
  callerReplyTopic,
  ErrorCode,
  INTAKE_DEAD_LETTER_TOPIC,
  intakeTopic,
  SourceDescriptor,
} from '@interop/contracts';
// The dossier check's request is assembled from the gateway's registered claim plug-ins.
import { DossierCheckRequestDto } from '../../apps/gateway/src/dossier-checks/dossier-check-request.dto';
import { DocumentParts, Json } from './document-parts';
import { ref } from './names';
import { operationNames, replyMessages } from './source-parts';
import { TopicFacts, topicChannel } from './topic-channel';

/** A dossier check on the intake: the gateway's own target and operation, not a source's. */
export const DOSSIER_CHECK = {
  target: 'dossier-checks',
  operation: 'check',
  payload: DossierCheckRequestDto,
} as const;

/** The channels of topics no source has: their prose is the template's, their wiring this. */
function topicChannels(facts: TopicFacts): Record<string, Json> {
  const addresses = {
    callerIntake: intakeTopic('{caller}'),
    callerReplies: callerReplyTopic('{caller}', '{name}'),
    intakeDeadLetters: INTAKE_DEAD_LETTER_TOPIC,
    audit: AUDIT_TOPIC,
    auditDeadLetters: AUDIT_DEAD_LETTER_TOPIC,
  };
  const channels = Object.entries(addresses).map(([id, address]) => [
    id,
    topicChannel(address, facts),
  ]);
  return Object.fromEntries(channels);
}

/** One variant per operation a Kafka caller may ask: its target, operation and payload. */
function intakeRequestSchema(sources: readonly SourceDescriptor[]): Json {
  const variant = (target: string, operation: string, payload: string) => ({
    properties: {
      target: { const: target },
      operation: { const: operation },
      payload: ref('schemas', payload),
    },
  });
  return {
    type: 'object',
    description:
      'What to do - a source and one of its operations, or a dossier check - and its payload, ' +
      'the body of the HTTP route for the same operation.',
    required: ['target', 'operation', 'payload'],
    properties: {
      target: {
        type: 'string',
        enum: [...sources.map(({ name }) => name), DOSSIER_CHECK.target],
      },
      operation: { type: 'string' },
      payload: { type: 'object' },
    },
    additionalProperties: false,
    oneOf: [
      ...sources.flatMap((source) =>
        source.operations.map(({ name, request }) => variant(source.name, name, request.name)),
      ),
      variant(DOSSIER_CHECK.target, DOSSIER_CHECK.operation, DOSSIER_CHECK.payload.name),
    ],
  };
}

/**
 * What the document says of every source at once: the requester's reply channel carries every
 * reply, a Kafka caller may ask every operation and be answered any reply, and the vocabularies.
 */
export function sharedParts(
  sources: readonly SourceDescriptor[],
  facts: TopicFacts,
): DocumentParts {
  const replies = sources.flatMap((source) =>
    source.operations.map((operation) => ref('schemas', operationNames(source, operation).reply)),
  );
  return {
    channels: {
      ...topicChannels(facts),
      replies: { messages: Object.assign({}, ...sources.map(replyMessages)) },
    },
    components: {
      messages: {
        IntakeReply: { payload: { oneOf: [...replies, ref('schemas', 'DossierCheckReply')] } },
      },
      schemas: {
        SourceName: { type: 'string', enum: sources.map(({ name }) => name) },
        ErrorCode: { type: 'string', enum: Object.values(ErrorCode) },
        IntakeRequestMessage: intakeRequestSchema(sources),
      },
    },
  };
}

import {
  adapterGroupId,
  camelCase,
  deadLetterTopic,
  gatewayReplyTopic,
  HEALTH_CHECK_OPERATION,
  OperationDescriptor,
  pascalCase,
  requestTopic,
  SourceDescriptor,
  SourceName,
} from '@interop/contracts';
import { DocumentParts, Json } from './document-parts';
import { ref } from './names';
import { keyBinding, TopicFacts, topicChannel } from './topic-channel';

/** What is made for one source, from its descriptor and the contracts' topics and grants. */
export interface SourceFacts extends TopicFacts {
  /** The schemas of the DTOs and models, by class name, to read each key field's schema off. */
  schemas: Record<string, Json>;
}

/** Every source's request channel carries the self-check, answered by the adapter kit. */
const HEALTH_CHECK = {
  request: 'HealthCheckRequest',
  reply: 'HealthCheckReply',
  key: camelCase(HEALTH_CHECK_OPERATION),
} as const;

/**
 * Component and channel names of an operation's messages and schemas. An operation's name is
 * unique only within its source (two registers may each have a `record.lookup`), so what the
 * document shares between sources (components, the requester's replies channel) is named with
 * the source's name too; a request channel is the source's own.
 */
export function operationNames(source: SourceDescriptor, operation: OperationDescriptor) {
  const qualified = pascalCase(source.name) + pascalCase(operation.name);
  return {
    request: `${qualified}Request`,
    requestPayload: `${qualified}RequestMessage`,
    reply: `${qualified}Reply`,
    channelRequest: camelCase(operation.name),
    channelReply: `${camelCase(source.name)}${pascalCase(operation.name)}Reply`,
  };
}

function sourceChannelNames(source: SourceDescriptor) {
  return {
    requests: `${camelCase(source.name)}Requests`,
    gatewayReplies: `gateway${pascalCase(source.name)}Replies`,
    deadLetters: `${camelCase(source.name)}DeadLetters`,
  };
}

const adapter = (source: SourceDescriptor) => `${source.name} adapter`;

function keyDescription(source: SourceDescriptor): string {
  const fields = [...new Set(source.operations.map(({ keyField }) => keyField))];
  const keys =
    fields.length === 1
      ? `the payload's \`${fields[0]}\``
      : source.operations.map(({ name, keyField }) => `\`${keyField}\` (${name})`).join(', ');
  return `Key - ${keys}; none for ${HEALTH_CHECK_OPERATION}.`;
}

function requestMessages(source: SourceDescriptor): Json {
  const messages = source.operations.map((operation) => {
    const names = operationNames(source, operation);
    return [names.channelRequest, ref('messages', names.request)];
  });
  return {
    ...Object.fromEntries(messages),
    [HEALTH_CHECK.key]: ref('messages', HEALTH_CHECK.request),
  };
}

/** The reply messages of `source`'s operations and its self-check, by channel message id. */
export function replyMessages(source: SourceDescriptor): Json {
  const messages = source.operations.map((operation) => {
    const names = operationNames(source, operation);
    return [names.channelReply, ref('messages', names.reply)];
  });
  return {
    ...Object.fromEntries(messages),
    [`${HEALTH_CHECK.key}Reply`]: ref('messages', HEALTH_CHECK.reply),
  };
}

function channels(source: SourceDescriptor, facts: TopicFacts): Record<string, Json> {
  const name = source.name as SourceName;
  const ids = sourceChannelNames(source);
  return {
    [ids.requests]: {
      ...topicChannel(requestTopic(name), facts),
      title: `${source.title}: requests`,
      description:
        `${source.description} ${keyDescription(source)} Consumed by the ${adapter(source)}, ` +
        `in consumer group \`${adapterGroupId(name)}\` of its replicas.`,
      messages: requestMessages(source),
    },
    [ids.gatewayReplies]: {
      ...topicChannel(gatewayReplyTopic(name), facts),
      title: `The gateway's replies from the ${adapter(source)}`,
      description: 'One partition per gateway replica at most (KAFKA_REPLY_PARTITIONS).',
      messages: replyMessages(source),
    },
    [ids.deadLetters]: {
      ...topicChannel(deadLetterTopic(name), facts),
      title: `Requests to the ${adapter(source)} that failed validation`,
      messages: { deadLetter: ref('messages', 'DeadLetter') },
    },
  };
}

function operations(source: SourceDescriptor): Record<string, Json> {
  const pascal = pascalCase(source.name);
  const ids = sourceChannelNames(source);
  const replies = Object.keys(replyMessages(source)).map((id) => ({
    $ref: `#/channels/replies/messages/${id}`,
  }));
  return {
    [`answer${pascal}Request`]: {
      action: 'receive',
      title: `The ${adapter(source)} answers a request`,
      channel: { $ref: `#/channels/${ids.requests}` },
      reply: {
        address: ref('replyAddresses', 'requesterReplyTopic'),
        channel: { $ref: '#/channels/replies' },
        messages: replies,
      },
    },
    [`ask${pascal}`]: {
      action: 'send',
      title: `The gateway asks the ${adapter(source)}, for a reply on its own reply topic`,
      channel: { $ref: `#/channels/${ids.requests}` },
      reply: { channel: { $ref: `#/channels/${ids.gatewayReplies}` } },
    },
    [`deadLetter${pascal}Request`]: {
      action: 'send',
      title: `The ${adapter(source)} keeps a request that failed its contract`,
      channel: { $ref: `#/channels/${ids.deadLetters}` },
    },
  };
}

/** The key of a request: its key field, as the payload's schema has it. */
function keySchema(operation: OperationDescriptor, schemas: Record<string, Json>): Json {
  const payload = schemas[operation.request.name] as { properties?: Record<string, Json> };
  const field = payload?.properties?.[operation.keyField];
  if (!field) {
    throw new Error(`${operation.name}: no schema of its key field ${operation.keyField}`);
  }
  return { ...field, description: `The payload's \`${operation.keyField}\`.` };
}

function messages(source: SourceDescriptor, schemas: Record<string, Json>): Record<string, Json> {
  const entries = source.operations.flatMap((operation) => {
    const names = operationNames(source, operation);
    const request = {
      name: operation.name,
      title: operation.summary,
      ...(operation.description && { description: operation.description }),
      traits: [ref('messageTraits', 'request')],
      payload: ref('schemas', names.requestPayload),
      bindings: keyBinding(keySchema(operation, schemas)),
    };
    const reply = {
      name: `${operation.name} reply`,
      ...(operation.responseDescription && { title: operation.responseDescription }),
      'x-verdict-only': operation.verdictOnly,
      traits: [ref('messageTraits', 'reply')],
      payload: ref('schemas', names.reply),
    };
    return [
      [names.request, request],
      [names.reply, reply],
    ];
  });
  return Object.fromEntries(entries);
}

/** A reply is a value: the data with its provenance, or a coded error. */
function replySchema(data: Json): Json {
  return {
    oneOf: [
      {
        type: 'object',
        required: ['ok', 'data', 'meta'],
        properties: { ok: { const: true }, data, meta: ref('schemas', 'ReplyMeta') },
      },
      ref('schemas', 'ErrorReply'),
    ],
  };
}

function schemas(source: SourceDescriptor): Record<string, Json> {
  const entries = source.operations.flatMap((operation) => {
    const names = operationNames(source, operation);
    const request = {
      type: 'object',
      required: ['operation', 'payload'],
      properties: {
        operation: { const: operation.name },
        payload: ref('schemas', operation.request.name),
      },
    };
    return [
      [names.requestPayload, request],
      [names.reply, replySchema(ref('schemas', operation.response.name))],
    ];
  });
  return Object.fromEntries(entries);
}

/**
 * Everything of the document that is one source's: its request, reply and dead-letter channels,
 * the operations on them, a request and a reply message per operation, and their schemas.
 */
export function sourceParts(source: SourceDescriptor, facts: SourceFacts): DocumentParts {
  return {
    channels: channels(source, facts),
    operations: operations(source),
    components: { messages: messages(source, facts.schemas), schemas: schemas(source) },
  };
}

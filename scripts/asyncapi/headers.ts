import {
  CALLER_REPLY_TOPIC_PREFIX,
  IntakeHeaders,
  KafkaHeader,
  KafkaHeaderName,
  RequestHeaders,
  validatorSchema,
} from '@interop/contracts';
import { DocumentParts, Json } from './document-parts';

type RequestHeaderName = Exclude<KafkaHeaderName, typeof KafkaHeader.ReplyComplete>;

/** What each header of a request means; a header added to the contract needs a line here. */
const MEANING: Record<RequestHeaderName, string> = {
  [KafkaHeader.CorrelationId]: 'Unique per request; echoed on the reply.',
  [KafkaHeader.ReplyTopic]: 'Where the reply goes.',
  [KafkaHeader.ReplyPartition]: 'The partition of the reply topic, where the requester needs one.',
  [KafkaHeader.Deadline]: 'Epoch milliseconds after which the requester no longer waits.',
  [KafkaHeader.Requester]: 'The calling system.',
  [KafkaHeader.OfficerId]: 'The officer who asks (purpose of use).',
  [KafkaHeader.ProcedureCode]: 'The administrative procedure the data serves (purpose of use).',
  [KafkaHeader.DossierId]:
    "The dossier the request is for. On a dossier check, the same as the body's dossierId.",
  [KafkaHeader.TraceParent]: 'W3C trace context.',
};

/** Where an intake request's headers mean more, or less, than a source request's. */
const INTAKE_MEANING: Partial<Record<RequestHeaderName, string>> = {
  [KafkaHeader.ReplyTopic]: "A topic under interop.replies.<caller>. of the intake's caller.",
  [KafkaHeader.Requester]: "Optional; the intake's caller if written.",
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A headers class's validator rules, each header with its meaning. */
function headersSchema(
  contract: new () => object,
  description: string,
  meaning: Partial<Record<string, string>>,
  extra: Record<string, Json> = {},
): Json {
  const { properties = {}, required } = validatorSchema(contract);
  const described = Object.entries(properties).map(([name, rules]) => [
    name,
    { ...rules, ...extra[name], ...(meaning[name] && { description: meaning[name] }) },
  ]);
  return { type: 'object', description, required, properties: Object.fromEntries(described) };
}

/** The headers of requests, intake requests and replies, and where ids and reply topics are. */
export function headerParts(): DocumentParts {
  const header = (name: string) => `$message.header#/${name}`;
  return {
    components: {
      replyAddresses: {
        requesterReplyTopic: {
          description: `The topic the request's ${KafkaHeader.ReplyTopic} header names.`,
          location: header(KafkaHeader.ReplyTopic),
        },
      },
      correlationIds: {
        kafkaCorrelationId: {
          description: 'Unique per request; echoed on its reply. The check id of a dossier check.',
          location: header(KafkaHeader.CorrelationId),
        },
      },
      schemas: {
        RequestHeaders: headersSchema(
          RequestHeaders,
          'The headers of every request, checked by whoever consumes it.',
          MEANING,
        ),
        IntakeHeaders: headersSchema(
          IntakeHeaders,
          'The headers of an intake request: those of every request, but the requester is the ' +
            "intake's caller and need not be written; when written, it must be that caller.",
          { ...MEANING, ...INTAKE_MEANING },
          { [KafkaHeader.ReplyTopic]: { pattern: `^${escaped(CALLER_REPLY_TOPIC_PREFIX)}` } },
        ),
        ReplyHeaders: {
          type: 'object',
          required: [KafkaHeader.CorrelationId, KafkaHeader.ReplyComplete],
          properties: {
            [KafkaHeader.CorrelationId]: { type: 'string', description: "The request's, echoed." },
            [KafkaHeader.ReplyComplete]: {
              type: 'string',
              const: '1',
              description: 'Tells a NestJS ClientKafka requester that no further message follows.',
            },
          },
        },
      },
    },
  };
}

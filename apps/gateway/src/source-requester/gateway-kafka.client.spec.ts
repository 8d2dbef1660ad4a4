import { Logger } from '@nestjs/common';
import { gatewayReplyTopic, KafkaHeader, okReply, requestTopic, SOURCES } from '@interop/contracts';
import type {
  ConsumerGroupJoinEvent,
  EachMessagePayload,
  Message,
  Producer,
} from '@nestjs/microservices/external/kafka.interface';
import { GatewayKafkaClient, ReplySeen } from './gateway-kafka.client';
import { toOutboundMessage } from './outbound-message';

const REPLY_TOPIC = gatewayReplyTopic('population');

/** The real client, with a producer that only records and a reply group already joined. */
class OfflineClient extends GatewayKafkaClient {
  readonly produced: Message[] = [];

  override async connect(): Promise<Producer> {
    const record = async ({ messages }: { messages: Message[] }) => this.produced.push(...messages);
    this._producer = { send: record } as unknown as Producer;
    return this._producer;
  }

  joined(partition: number): void {
    const memberAssignment = Object.fromEntries(
      SOURCES.map((source) => [gatewayReplyTopic(source), [partition]]),
    );
    this.rebalanced(memberAssignment);
  }

  rebalanced(memberAssignment: Record<string, number[]>): void {
    this.setConsumerAssignments({ payload: { memberAssignment } } as ConsumerGroupJoinEvent);
  }

  get log(): Logger {
    return this.logger;
  }
}

function ask(client: OfflineClient, correlationId: string) {
  const answers: unknown[] = [];
  const context = {
    correlationId,
    requester: 'dossier-core',
    officerId: 'cb.0042',
    procedureCode: '1.001234',
    deadline: Date.now() + 5000,
  };
  const outbound = toOutboundMessage({
    source: 'population',
    operation: 'citizen.lookup',
    payload: {},
    context,
  });
  const subscription = client.send(requestTopic('population'), outbound).subscribe({
    next: (answer) => answers.push(answer),
  });
  return { answers, subscription };
}

/** A reply as an adapter produces it, delivered on the gateway's reply topic. */
function reply(correlationId: string, data: object): EachMessagePayload {
  const message = {
    key: null,
    offset: '0',
    timestamp: String(Date.now()),
    attributes: 0,
    headers: {
      [KafkaHeader.CorrelationId]: Buffer.from(correlationId),
      [KafkaHeader.ReplyComplete]: Buffer.from('1'),
    },
    value: Buffer.from(JSON.stringify(okReply(data, meta()))),
  };
  return { topic: REPLY_TOPIC, partition: 1, message } as unknown as EachMessagePayload;
}

function meta() {
  return {
    source: 'population' as const,
    fetchedAt: new Date().toISOString(),
    cached: false,
    durationMs: 3,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('GatewayKafkaClient', () => {
  let client: OfflineClient;
  let deliver: (payload: EachMessagePayload) => unknown;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    client = new OfflineClient({ client: { brokers: ['127.0.0.1:9092'] }, postfixId: '' });
    client.joined(1);
    deliver = client.createResponseCallback();
  });

  it('asks for the reply on its own reply partition, under the correlation id it chose', async () => {
    ask(client, 'req-1');
    await settle();
    expect(client.produced[0].headers).toMatchObject({
      [KafkaHeader.CorrelationId]: 'req-1',
      [KafkaHeader.ReplyTopic]: REPLY_TOPIC,
      [KafkaHeader.ReplyPartition]: '1',
    });
  });

  it('ignores a duplicate reply (an adapter’s redelivery), even while other requests wait', async () => {
    const first = ask(client, 'req-1');
    const second = ask(client, 'req-2');
    const seen: ReplySeen[] = [];
    client.replies$.subscribe((event) => seen.push(event));
    await settle();

    await deliver(reply('req-1', { n: 1 }));
    await deliver(reply('req-1', { n: 1, again: true }));
    await deliver(reply('req-2', { n: 2 }));
    await deliver(reply('req-2', { n: 2, again: true }));

    expect(first.answers).toEqual([expect.objectContaining({ data: { n: 1 } })]);
    expect(second.answers).toEqual([expect.objectContaining({ data: { n: 2 } })]);
    expect(first.subscription.closed && second.subscription.closed).toBe(true);
    // Duplicates are still signs of life of the source.
    expect(seen).toHaveLength(4);
  });

  it('drops a reply nobody waits for, such as one for another replica’s request', async () => {
    await expect(deliver(reply('someone-else', {}))).resolves.toBeUndefined();
  });

  it('says so when a rebalance leaves it without a reply partition of a critical source', () => {
    const error = jest.spyOn(client.log, 'error').mockImplementation(() => undefined);
    client.rebalanced({ [gatewayReplyTopic('civil-status')]: [1] });
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining(`got no partition of ${REPLY_TOPIC}`),
    );
    error.mockClear();
    client.joined(2);
    expect(error).not.toHaveBeenCalled();
  });

  it('warns, and keeps serving, when it loses only a non-critical source’s reply partition', () => {
    const error = jest.spyOn(client.log, 'error').mockImplementation(() => undefined);
    const warn = jest.spyOn(client.log, 'warn').mockImplementation(() => undefined);
    client.rebalanced({ [REPLY_TOPIC]: [1] });
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(`no reply partition of civil-status, business-registry`),
    );
  });
});

import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Injectable, Module } from '@nestjs/common';
import { IsNotEmpty, IsString } from 'class-validator';
import { Consumer, IHeaders, KafkaMessage, logLevel, Producer } from 'kafkajs';
import {
  AdapterConfig,
  CallContext,
  defineOperation,
  fail,
  Outcome,
  RunningAdapter,
  SOURCE_ADAPTER,
  SourceAdapter,
  startAdapter,
  succeed,
  UpstreamClient,
  UpstreamClients,
  UpstreamResponse,
} from '@interop/adapter-kit';
import { ErrorCode, KafkaHeader, Reply, SelfCheckResult } from '@interop/contracts';
import { DEAD_LETTER_REASON_HEADER } from '@interop/platform';
import { adapterRunGrants, grantForRun, harnessKafka } from './support/kafka-clients';
import { e2eAdapterEnv } from './support/test-access';

/** The smallest adapter: one operation, over an upstream that echoes words back. */
class EchoQuery {
  @IsString()
  @IsNotEmpty()
  word: string;
}

const readEcho = (response: UpstreamResponse): Outcome<{ echoed: string }> =>
  response.status === 200
    ? succeed(response.data as { echoed: string })
    : fail(ErrorCode.UpstreamInvalidResponse, `unexpected HTTP ${response.status}`);

@Injectable()
class EchoAdapter implements SourceAdapter {
  readonly source = 'population' as const;
  readonly operations = {
    'text.echo': defineOperation(EchoQuery, (query, context) => this.echo(query.word, context)),
  };
  private readonly upstream: UpstreamClient;

  constructor(config: AdapterConfig, upstreams: UpstreamClients) {
    this.upstream = upstreams.create({ name: 'echo', baseURL: config.UPSTREAM_URL });
  }

  selfCheck(context: CallContext): Promise<Outcome<unknown>> {
    return this.echo('ping', context);
  }

  private echo(word: string, context: CallContext) {
    return this.upstream.call({ url: '/echo', params: { word } }, readEcho, context.deadline);
  }
}

@Module({ providers: [EchoAdapter, { provide: SOURCE_ADAPTER, useExisting: EchoAdapter }] })
class EchoAdapterModule {}

/** Collects the messages of one topic, so a test can wait for the one it expects. */
class TopicTap {
  private readonly seen: KafkaMessage[] = [];
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly consumer: Consumer) {}

  async start(topic: string): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        this.seen.push(message);
        this.waiters.splice(0).forEach((wake) => wake());
      },
    });
  }

  async next(
    matches: (message: KafkaMessage) => boolean,
    timeoutMs = 20000,
  ): Promise<KafkaMessage> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.seen.find(matches);
      if (found) return found;
      if (Date.now() > until) throw new Error('no matching message arrived in time');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }
}

const header = (message: KafkaMessage, name: string) => message.headers?.[name]?.toString();

describe('adapter kit over a real broker (e2e)', () => {
  const runId = randomUUID().slice(0, 8);
  const topics = {
    requests: `interop.e2e-${runId}.requests`,
    deadLetters: `interop.e2e-${runId}.requests.dlq`,
    replies: `interop.e2e-${runId}.replies`,
  };
  const kafka = harnessKafka(`e2e-adapter-kit-${runId}`, logLevel.ERROR);
  const names = {
    requestTopic: topics.requests,
    deadLetterTopic: topics.deadLetters,
    groupId: `e2e-${runId}`,
  };
  const upstreamCalls: string[] = [];
  let upstream: Server;
  let adapter: RunningAdapter;
  let producer: Producer;
  let replies: TopicTap;
  let deadLetters: TopicTap;
  let revokeGrants: (() => Promise<void>) | undefined;
  const consumers: Consumer[] = [];

  function tap(): TopicTap {
    const consumer = kafka.consumer({ groupId: `e2e-tap-${randomUUID()}` });
    consumers.push(consumer);
    return new TopicTap(consumer);
  }

  function requestHeaders(correlationId: string, deadline = Date.now() + 10000): IHeaders {
    return {
      [KafkaHeader.CorrelationId]: correlationId,
      [KafkaHeader.ReplyTopic]: topics.replies,
      [KafkaHeader.ReplyPartition]: '0',
      [KafkaHeader.Deadline]: String(deadline),
      [KafkaHeader.Requester]: 'e2e',
      [KafkaHeader.OfficerId]: 'officer-1',
      [KafkaHeader.ProcedureCode]: '1.000001',
    };
  }

  async function send(value: string, headers: IHeaders = {}): Promise<void> {
    await producer.send({ topic: topics.requests, messages: [{ key: 'subject', value, headers }] });
  }

  async function ask(operation: string, payload: object, deadline?: number) {
    const correlationId = randomUUID();
    await send(JSON.stringify({ operation, payload }), requestHeaders(correlationId, deadline));
    const message = await replies.next(
      (m) => header(m, KafkaHeader.CorrelationId) === correlationId,
    );
    return { message, reply: JSON.parse(String(message.value)) as Reply<unknown> };
  }

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      const word = new URL(request.url ?? '/', 'http://upstream').searchParams.get('word') ?? '';
      upstreamCalls.push(word);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ echoed: word }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { port } = upstream.address() as AddressInfo;

    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: topics.requests, numPartitions: 2 },
        { topic: topics.deadLetters, numPartitions: 1 },
        { topic: topics.replies, numPartitions: 1 },
      ],
      waitForLeaders: true,
    });
    await admin.disconnect();
    // The echo adapter plays the population source, as its principal, on this run's topics.
    revokeGrants = await grantForRun(kafka, adapterRunGrants('population', names, topics.replies));

    adapter = await startAdapter({
      module: EchoAdapterModule,
      config: AdapterConfig,
      env: {
        ...e2eAdapterEnv('population'),
        REPLY_TOPIC_PREFIXES: topics.replies,
        UPSTREAM_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'error',
      },
      kafka: names,
    });
    producer = kafka.producer();
    await producer.connect();
    replies = tap();
    deadLetters = tap();
    await Promise.all([replies.start(topics.replies), deadLetters.start(topics.deadLetters)]);
  });

  afterAll(async () => {
    await adapter?.stop();
    await Promise.all([producer?.disconnect(), ...consumers.map((c) => c.disconnect())]);
    await new Promise((resolve) => upstream?.close(resolve));
    await revokeGrants?.();
  });

  it('answers a valid request on the reply topic, with its correlation id', async () => {
    const { message, reply } = await ask('text.echo', { word: 'xin chào' });
    expect(reply).toMatchObject({
      ok: true,
      data: { echoed: 'xin chào' },
      meta: { cached: false },
    });
    expect(header(message, KafkaHeader.ReplyComplete)).toBe('1');
    expect(upstreamCalls).toContain('xin chào');
  });

  it('dead-letters a garbage message and still answers the next request', async () => {
    const garbage = `garbage-${randomUUID()}`;
    await send(garbage);
    const dead = await deadLetters.next((m) => String(m.value) === garbage);
    expect(header(dead, DEAD_LETTER_REASON_HEADER)).toContain('invalid headers');

    const { reply } = await ask('text.echo', { word: 'after garbage' });
    expect(reply).toMatchObject({ ok: true, data: { echoed: 'after garbage' } });
  });

  it('answers an expired request DEADLINE_EXCEEDED without calling the upstream', async () => {
    const callsBefore = upstreamCalls.length;
    const { reply } = await ask('text.echo', { word: 'too late' }, Date.now() - 1000);
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.DeadlineExceeded } });
    expect(upstreamCalls).toHaveLength(callsBefore);
  });

  it('answers health.check with the self-check', async () => {
    const { reply } = await ask('health.check', {});
    expect(reply.ok && (reply.data as SelfCheckResult)).toMatchObject({
      healthy: true,
      circuitOpen: false,
    });
  });
});

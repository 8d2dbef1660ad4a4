import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { AxiosError, AxiosResponse, CanceledError, InternalAxiosRequestConfig } from 'axios';
import { Logger } from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import { fail, Outcome, succeed } from '../source-adapter/outcome';
import { ResilienceSettings, UpstreamClient, UpstreamResponse } from './upstream-client';

type Reaction = (config: InternalAxiosRequestConfig) => Promise<AxiosResponse>;

const settings: ResilienceSettings = {
  attemptTimeoutMs: 100,
  retries: 2,
  baseDelayMs: 10,
  errorThresholdPercent: 50,
  volumeThreshold: 100,
  resetMs: 1000,
  maxInFlight: 10,
  maxWaiting: 10,
};

function answer(
  status: number,
  data: unknown = '',
  headers: Record<string, string> = {},
): Reaction {
  return async (config) => ({ status, statusText: '', data, headers, config, request: {} });
}

function refuse(code = 'ECONNREFUSED'): Reaction {
  return async (config) => {
    throw new AxiosError(`connect ${code}`, code, config);
  };
}

/** Never answers: the attempt ends only when the client aborts it. */
const hang: Reaction = (config) =>
  new Promise((_, reject) =>
    (config.signal as AbortSignal).addEventListener('abort', () =>
      reject(new CanceledError(undefined, undefined, config)),
    ),
  );

/** A fake network that plays the given reactions in turn, the last one for every further call. */
function network(...reactions: Reaction[]) {
  const calls: InternalAxiosRequestConfig[] = [];
  const transport = (config: InternalAxiosRequestConfig) => {
    calls.push(config);
    return reactions[Math.min(calls.length, reactions.length) - 1](config);
  };
  return { transport, calls };
}

const readText = (response: UpstreamResponse): Outcome<string> =>
  response.status === 404
    ? fail(ErrorCode.NotFound, 'no such record')
    : succeed(String(response.data));

describe('UpstreamClient', () => {
  const clients: UpstreamClient[] = [];
  const inOneSecond = () => Date.now() + 1000;

  beforeAll(() => Logger.overrideLogger(false));
  afterEach(() => clients.splice(0).forEach((client) => client.shutdown()));

  function clientOver(
    fake: ReturnType<typeof network>,
    overrides: Partial<ResilienceSettings> = {},
  ) {
    const client = new UpstreamClient(
      { name: 'population', baseURL: 'http://upstream.invalid', headers: { 'x-api-key': 'k' } },
      { ...settings, ...overrides },
      { transport: fake.transport, random: () => 0.5 },
    );
    clients.push(client);
    return client;
  }

  it('sends the request with the configured base URL and headers, and reads the answer', async () => {
    const fake = network(answer(200, 'hello'));
    const outcome = await clientOver(fake).call(
      { method: 'POST', url: '/soap', data: '<x/>', headers: { SOAPAction: 'lookup' } },
      readText,
      inOneSecond(),
    );
    expect(outcome).toEqual(succeed('hello'));
    expect(fake.calls[0]).toMatchObject({
      baseURL: 'http://upstream.invalid',
      url: '/soap',
      data: '<x/>',
    });
    expect(fake.calls[0].headers).toMatchObject({ 'x-api-key': 'k', SOAPAction: 'lookup' });
  });

  it('retries transient faults and returns the first answer', async () => {
    const fake = network(refuse('ECONNRESET'), answer(503), answer(200, 'late'));
    expect(await clientOver(fake).call({ url: '/' }, readText, inOneSecond())).toEqual(
      succeed('late'),
    );
    expect(fake.calls).toHaveLength(3);
  });

  it('gives up after the configured retries with the last fault', async () => {
    const fake = network(refuse());
    const outcome = await clientOver(fake).call({ url: '/' }, readText, inOneSecond());
    expect(outcome).toMatchObject({ ok: false, code: ErrorCode.SourceUnavailable });
    expect(fake.calls).toHaveLength(3);
  });

  it('does not retry an answer such as 404, and leaves its meaning to the reader', async () => {
    const fake = network(answer(404));
    expect(await clientOver(fake).call({ url: '/' }, readText, inOneSecond())).toMatchObject({
      code: ErrorCode.NotFound,
    });
    expect(fake.calls).toHaveLength(1);
  });

  it('answers SOURCE_TIMEOUT when every attempt times out', async () => {
    const fake = network(hang);
    const startedAt = Date.now();
    const outcome = await clientOver(fake).call({ url: '/' }, readText, Date.now() + 5000);
    expect(outcome).toMatchObject({ ok: false, code: ErrorCode.SourceTimeout });
    expect(fake.calls).toHaveLength(3);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(300);
  });

  it('never works past the deadline', async () => {
    const fake = network(hang);
    const deadline = Date.now() + 150;
    const outcome = await clientOver(fake).call({ url: '/' }, readText, deadline);
    expect(Date.now()).toBeLessThan(deadline + 20);
    // The first attempt got its full 100 ms; a second would have been cut short, so none was made.
    expect(fake.calls).toHaveLength(1);
    expect(outcome).toMatchObject({ code: ErrorCode.SourceTimeout });
  });

  it('does not call the upstream at all once the deadline has passed', async () => {
    const fake = network(answer(200));
    const outcome = await clientOver(fake).call({ url: '/' }, readText, Date.now() - 1);
    expect(outcome).toMatchObject({ code: ErrorCode.DeadlineExceeded });
    expect(fake.calls).toHaveLength(0);
  });

  it('honours Retry-After on 429, and answers RATE_LIMITED when the wait would pass the deadline', async () => {
    const patient = network(answer(429, '', { 'retry-after': '0' }), answer(200, 'ok'));
    expect(await clientOver(patient).call({ url: '/' }, readText, inOneSecond())).toEqual(
      succeed('ok'),
    );

    const impatient = network(answer(429, '', { 'retry-after': '30' }));
    const outcome = await clientOver(impatient).call({ url: '/' }, readText, inOneSecond());
    expect(outcome).toMatchObject({
      code: ErrorCode.RateLimited,
      details: { retryAfterMs: 30000 },
    });
    expect(impatient.calls).toHaveLength(1);
  });

  it('refuses a call at once with RATE_LIMITED when its slots and waiting room are full', async () => {
    const fake = network(hang);
    const client = clientOver(fake, { maxInFlight: 1, maxWaiting: 1 });
    const deadline = Date.now() + 300;
    const holding = client.call({ url: '/' }, readText, deadline);
    const waiting = client.call({ url: '/' }, readText, deadline);
    const refused = await client.call({ url: '/' }, readText, deadline);
    expect(refused).toMatchObject({ ok: false, code: ErrorCode.RateLimited });
    expect(fake.calls).toHaveLength(1);
    await Promise.all([holding, waiting]);
  });

  it('opens its circuit after repeated unavailability and then fails fast without calling', async () => {
    const fake = network(answer(503));
    const client = clientOver(fake, { retries: 0, volumeThreshold: 3 });
    for (let i = 0; i < 3; i += 1) await client.call({ url: '/' }, readText, inOneSecond());
    expect(client.circuitOpen).toBe(true);

    const outcome = await client.call({ url: '/' }, readText, inOneSecond());
    expect(outcome).toMatchObject({
      code: ErrorCode.SourceUnavailable,
      details: { circuitOpen: true },
    });
    expect(fake.calls).toHaveLength(3);
  });

  it('hands the settled failure back without retry bookkeeping', async () => {
    const outcome = await clientOver(network(answer(503))).call(
      { url: '/' },
      readText,
      inOneSecond(),
    );
    expect(outcome).not.toHaveProperty('transient');
  });

  it('over a real connection, reuses it for the next call and follows no redirect', async () => {
    const connections = new Set<unknown>();
    const server = createServer((request, response) => {
      connections.add(request.socket);
      if (request.url === '/moved') response.writeHead(302, { Location: '/elsewhere' }).end();
      else response.end(`at ${request.url}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = new UpstreamClient(
      { name: 'population', baseURL: `http://127.0.0.1:${port}` },
      settings,
    );
    clients.push(client);
    try {
      expect(await client.call({ url: '/first' }, readText, inOneSecond())).toEqual(
        succeed('at /first'),
      );
      expect(await client.call({ url: '/second' }, readText, inOneSecond())).toEqual(
        succeed('at /second'),
      );
      expect(connections.size).toBe(1);
      const moved = await client.call(
        { url: '/moved' },
        (response) => succeed(response.status),
        inOneSecond(),
      );
      expect(moved).toEqual(succeed(302));
    } finally {
      client.shutdown();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

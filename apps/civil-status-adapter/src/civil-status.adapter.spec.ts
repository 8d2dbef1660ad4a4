import { AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { Logger } from '@nestjs/common';
import { CivilStatusOperation, ErrorCode } from '@interop/contracts';
import {
  AdapterMetrics,
  CallContext,
  UpstreamClient,
  UpstreamClients,
  UpstreamOptions,
} from '@interop/adapter-kit';
import { loadConfig } from '@interop/platform';
import { CivilStatusAdapter } from './civil-status.adapter';
import { CivilStatusConfig } from './civil-status.config';
import { fixtureText } from './fixtures/fixtures';

const CHILD = { personalId: '006192706576' };
const CONTEXT: CallContext = {
  correlationId: 'corr-1',
  requester: 'H40.DVC',
  officerId: 'CB0001',
  procedureCode: '1.001193',
  dossierId: 'HS-1',
  deadline: 0,
  operation: CivilStatusOperation.BirthLookup,
};

type Answer = { status: number; file: string };

/** The kit's real clients over a fake network: a token endpoint, and an API answering in turn. */
class FakeNetworkUpstreams extends UpstreamClients {
  readonly requests: InternalAxiosRequestConfig[] = [];
  apiAnswers: Answer[] = [{ status: 200, file: 'birth-ok.json' }];
  private tokens = 0;

  override create(options: UpstreamOptions): UpstreamClient {
    return super.create(options, { transport: async (config) => this.answer(config) });
  }

  get tokenRequests() {
    return this.requests.filter((request) => request.url === '/civil-status/oauth/token');
  }

  get apiRequests() {
    return this.requests.filter((request) => request.url !== '/civil-status/oauth/token');
  }

  private answer(config: InternalAxiosRequestConfig): AxiosResponse {
    this.requests.push(config);
    if (config.url === '/civil-status/oauth/token') {
      this.tokens += 1;
      const token = {
        access_token: `token-${this.tokens}`,
        token_type: 'Bearer',
        expires_in: 3600,
      };
      return { status: 200, statusText: '', headers: {}, data: JSON.stringify(token), config };
    }
    const { status, file } =
      this.apiAnswers.length > 1 ? this.apiAnswers.shift()! : this.apiAnswers[0];
    return { status, statusText: '', headers: {}, data: fixtureText(file), config };
  }
}

describe('CivilStatusAdapter', () => {
  const config = loadConfig(CivilStatusConfig, {
    AUDIT_SUBJECT_KEY: 'k'.repeat(64),
    UPSTREAM_URL: 'http://civil-status.test:4000',
    UPSTREAM_CLIENT_ID: 'h40-client',
    UPSTREAM_CLIENT_SECRET: 'h40-secret',
    UPSTREAM_RETRY_ATTEMPTS: '0',
  });
  let upstreams: FakeNetworkUpstreams;
  let adapter: CivilStatusAdapter;
  const context = (overrides: Partial<CallContext> = {}) => ({
    ...CONTEXT,
    deadline: Date.now() + 1000,
    ...overrides,
  });

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    upstreams = new FakeNetworkUpstreams(config, new AdapterMetrics());
    adapter = new CivilStatusAdapter(config, upstreams);
  });
  afterEach(() => upstreams.onApplicationShutdown());

  it('offers the four lookups on the civil-status source', () => {
    expect(adapter.source).toBe('civil-status');
    expect(Object.keys(adapter.operations)).toEqual([
      'birth.lookup',
      'marriage.lookup',
      'death.lookup',
      'marital-status.lookup',
    ]);
  });

  it('gets a token with the client credentials, then the birth registration with it', async () => {
    expect(await adapter.birth(CHILD, context())).toMatchObject({
      ok: true,
      value: { registrationNumber: '260', child: { personalId: CHILD.personalId } },
    });
    const [tokenRequest] = upstreams.tokenRequests;
    expect(tokenRequest).toMatchObject({
      baseURL: 'http://civil-status.test:4000',
      method: 'post',
    });
    expect(tokenRequest.headers.Authorization).toBe(
      `Basic ${Buffer.from('h40-client:h40-secret').toString('base64')}`,
    );
    const [request] = upstreams.apiRequests;
    expect(request).toMatchObject({
      method: 'get',
      url: '/civil-status/api/v1/khai-sinh/006192706576',
    });
    expect(request.headers).toMatchObject({
      Authorization: 'Bearer token-1',
      'X-Ma-Don-Vi': 'H40.DVC',
      'X-Ma-Can-Bo': 'CB0001',
      'X-Ma-Thu-Tuc': '1.001193',
      'X-Ma-Ho-So': 'HS-1',
      'X-Ma-Giao-Dich': 'corr-1',
    });
  });

  it('asks for marriages by query parameter', async () => {
    upstreams.apiAnswers = [{ status: 200, file: 'marriage-history-remarried.json' }];
    const outcome = await adapter.marriages({ personalId: '084180982161' }, context());
    expect(outcome).toMatchObject({ ok: true, value: { marriages: [{}, {}] } });
    expect(upstreams.apiRequests[0]).toMatchObject({
      url: '/civil-status/api/v1/ket-hon',
      params: { soDinhDanh: '084180982161' },
    });
  });

  it.each([
    ['death', '/civil-status/api/v1/khai-tu/015042885451', 'death-ok.json'],
    [
      'maritalStatus',
      '/civil-status/api/v1/tinh-trang-hon-nhan/015042885451',
      'marital-status-widowed.json',
    ],
  ] as const)('reads %s from its own resource', async (lookup, url, file) => {
    upstreams.apiAnswers = [{ status: 200, file }];
    await adapter[lookup]({ personalId: '015042885451' }, context());
    expect(upstreams.apiRequests[0].url).toBe(url);
  });

  it('answers NOT_FOUND when the database holds no such record', async () => {
    upstreams.apiAnswers = [{ status: 404, file: 'not-found.json' }];
    expect(await adapter.birth(CHILD, context())).toMatchObject({ code: ErrorCode.NotFound });
  });

  it('renews an expired token once and answers as if nothing happened', async () => {
    upstreams.apiAnswers = [
      { status: 401, file: 'token-expired.json' },
      { status: 200, file: 'birth-ok.json' },
    ];
    expect(await adapter.birth(CHILD, context())).toMatchObject({ ok: true });
    expect(upstreams.tokenRequests).toHaveLength(2);
    expect(upstreams.apiRequests[1].headers.Authorization).toBe('Bearer token-2');
  });

  it('sends a purpose of use written with Vietnamese letters percent-encoded', async () => {
    await adapter.birth(CHILD, context({ officerId: 'Cán bộ 7' }));
    expect(upstreams.apiRequests[0].headers['X-Ma-Can-Bo']).toBe('C%C3%A1n%20b%E1%BB%99%207');
  });

  it('checks itself with a token and the connection check, reading no record', async () => {
    upstreams.apiAnswers = [{ status: 200, file: 'marital-status-single.json' }];
    expect(await adapter.selfCheck(context())).toEqual({ ok: true, value: true });
    expect(upstreams.tokenRequests).toHaveLength(1);
    expect(upstreams.apiRequests[0].url).toBe('/civil-status/api/v1/kiem-tra-ket-noi');
  });
});

import { AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { Logger } from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import {
  AdapterMetrics,
  CallContext,
  UpstreamClient,
  UpstreamClients,
  UpstreamOptions,
} from '@interop/adapter-kit';
import { loadConfig } from '@interop/platform';
import { BusinessRegistryAdapter } from './business-registry.adapter';
import { BusinessRegistryConfig } from './business-registry.config';
import { fixtureText } from './fixtures/read-fixture';

const CONTEXT: CallContext = {
  correlationId: 'corr-1',
  requester: 'dossier-core',
  officerId: 'officer-7',
  procedureCode: '1.004227',
  dossierId: 'HS-1',
  deadline: 0,
  operation: 'enterprise.lookup',
};

/** The kit's real client, over a fake network that answers every call with `status` and `body`. */
class FakeNetworkUpstreams extends UpstreamClients {
  readonly requests: InternalAxiosRequestConfig[] = [];
  status = 200;
  body = '';

  override create(options: UpstreamOptions): UpstreamClient {
    return super.create(options, {
      transport: async (config): Promise<AxiosResponse> => {
        this.requests.push(config);
        return { status: this.status, statusText: '', headers: {}, data: this.body, config };
      },
    });
  }
}

describe('BusinessRegistryAdapter', () => {
  const config = loadConfig(BusinessRegistryConfig, {
    AUDIT_SUBJECT_KEY: 'k'.repeat(64),
    UPSTREAM_URL: 'http://registry.test:4000',
    UPSTREAM_API_KEY: 'the-key',
    UPSTREAM_RETRY_ATTEMPTS: '0',
  });
  let upstreams: FakeNetworkUpstreams;
  let adapter: BusinessRegistryAdapter;
  const context = () => ({ ...CONTEXT, deadline: Date.now() + 1000 });
  const answer = (status: number, fixture: string) => {
    upstreams.status = status;
    upstreams.body = fixtureText(fixture);
  };

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    upstreams = new FakeNetworkUpstreams(config, new AdapterMetrics());
    adapter = new BusinessRegistryAdapter(config, upstreams);
  });
  afterEach(() => upstreams.onApplicationShutdown());

  it('offers enterprise.lookup and enterprise.search on the business-registry source', () => {
    expect(adapter.source).toBe('business-registry');
    expect(Object.keys(adapter.operations)).toEqual(['enterprise.lookup', 'enterprise.search']);
  });

  describe('enterprise.lookup', () => {
    it('GETs the profile with the API key and the purpose of use, and maps it', async () => {
      answer(200, 'lookup-ok.json');
      const outcome = await adapter.lookup({ enterpriseCode: '0103376519' }, context());
      expect(outcome).toMatchObject({ ok: true, value: { enterpriseCode: '0103376519' } });
      const [request] = upstreams.requests;
      expect(request).toMatchObject({
        baseURL: 'http://registry.test:4000',
        url: '/business-registry/api/v1/doanh-nghiep/0103376519',
        method: 'get',
        params: {
          maDonVi: 'dossier-core',
          maCanBo: 'officer-7',
          maThuTuc: '1.004227',
          maHoSo: 'HS-1',
          maGiaoDich: 'corr-1',
        },
      });
      expect(request.headers['X-API-Key']).toBe('the-key');
    });

    it('answers the enterprise, its branches listed, for a branch code', async () => {
      answer(200, 'lookup-ok.json');
      const outcome = await adapter.lookup({ enterpriseCode: '0103376519-002' }, context());
      expect(upstreams.requests[0].url).toBe(
        '/business-registry/api/v1/doanh-nghiep/0103376519-002',
      );
      expect(outcome).toMatchObject({ ok: true, value: { enterpriseCode: '0103376519' } });
    });

    it('refuses an answer about another enterprise than the one asked for', async () => {
      answer(200, 'lookup-ok.json');
      expect(await adapter.lookup({ enterpriseCode: '0312053896' }, context())).toMatchObject({
        code: ErrorCode.UpstreamInvalidResponse,
      });
    });

    it('answers NOT_FOUND when the registry has no such enterprise', async () => {
      answer(404, 'not-found.json');
      expect(await adapter.lookup({ enterpriseCode: '0103376519' }, context())).toMatchObject({
        code: ErrorCode.NotFound,
      });
    });

    it('answers RATE_LIMITED when the quota is used up', async () => {
      answer(429, 'error-quota.json');
      expect(await adapter.lookup({ enterpriseCode: '0103376519' }, context())).toMatchObject({
        code: ErrorCode.RateLimited,
      });
    });

    it('answers SOURCE_UNAVAILABLE on a system error', async () => {
      answer(500, 'error-server.json');
      expect(await adapter.lookup({ enterpriseCode: '0103376519' }, context())).toMatchObject({
        code: ErrorCode.SourceUnavailable,
      });
    });
  });

  describe('enterprise.search', () => {
    it('GETs a page by name and maps it', async () => {
      answer(200, 'search-ok.json');
      const outcome = await adapter.search({ name: 'Hoàng Long', page: 1, pageSize: 2 }, context());
      expect(outcome).toMatchObject({ ok: true, value: { page: 1, pageSize: 2, total: 3 } });
      expect(upstreams.requests[0]).toMatchObject({
        url: '/business-registry/api/v1/doanh-nghiep',
        params: expect.objectContaining({ ten: 'Hoàng Long', trang: 1, soBanGhi: 2 }),
      });
    });
  });

  describe('self-check', () => {
    it('is the ping, with the API key', async () => {
      answer(200, 'ping-ok.json');
      expect(await adapter.selfCheck(context())).toEqual({ ok: true, value: true });
      expect(upstreams.requests[0].url).toBe('/business-registry/api/v1/ping');
      expect(upstreams.requests[0].headers['X-API-Key']).toBe('the-key');
    });

    it('fails with FORBIDDEN when the key is refused', async () => {
      answer(401, 'error-auth.json');
      expect(await adapter.selfCheck(context())).toMatchObject({ code: ErrorCode.Forbidden });
    });
  });
});
